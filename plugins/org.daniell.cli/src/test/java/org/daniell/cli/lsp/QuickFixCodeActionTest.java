package org.daniell.cli.lsp;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.daniell.DaniellRuntimeModule;
import org.daniell.fixes.Edits;
import org.daniell.fixes.QuickFix;
import org.daniell.ide.DaniellIdeModule;
import org.daniell.ide.DaniellIdeSetup;
import org.daniell.ide.codeactions.DaniellCodeActionService;
import org.daniell.ide.server.DaniellServerModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Quick fixes over LSP: a diagnostic with a fix becomes a {@code quickfix} code action whose workspace edit, applied
 * to the document, gives the fixed text. No provider is registered on main yet, so the language here is set up with
 * the code-action service asking one fix written for this test (it uses the shared {@link Edits} helpers as real
 * providers do); everything else — validation, diagnostics, finding the issue again, the LSP conversion — is real.
 */
class QuickFixCodeActionTest extends AbstractLanguageServerTest {

    private static final String MISSING_POSITIVE = "cell.missing-electrode";

    QuickFixCodeActionTest() {
        super("echem");
    }

    @BeforeEach
    @Override
    public void setup() {
        super.setup();
        root = new File("target/lsp-test-project").getAbsoluteFile();
    }

    @Override
    protected Module getServerModule() {
        return Modules2.mixin(new DaniellServerModule(), super.getServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registryWithTestFix()));
    }

    @Test
    void aFixableDiagnosticBecomesAQuickFixWhoseEditGivesTheFixedText() throws Exception {
        String text = """
                cell Half : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                }
                """;
        List<CodeAction> actions = codeActions(text, true);
        Assertions.assertEquals(1, actions.size(), actions.toString());
        CodeAction action = actions.get(0);
        Assertions.assertEquals("Add a positive electrode", action.getTitle());
        Assertions.assertEquals(CodeActionKind.QuickFix, action.getKind());
        Assertions.assertEquals(MISSING_POSITIVE, action.getDiagnostics().get(0).getCode().getLeft());
        List<TextEdit> edits = action.getEdit().getChanges().values().iterator().next();
        Assertions.assertEquals("""
                cell Half : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                    positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }
                }
                """, LspText.apply(text, edits));
    }

    @Test
    void diagnosticsWithoutAFixGiveNoCodeAction() throws Exception {
        String text = """
                cell ZnMn : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                    positive Cathode { active alpha_MnO2 { loading 20 um } }
                }
                """;
        Assertions.assertEquals(List.of(), codeActions(text, false));
    }

    // --- the language with a fix for this test

    /** Adds a positive electrode to a cell that lacks one. */
    static final class TestFixes extends DaniellCodeActionService {

        @Override
        protected boolean hasFix(String code) {
            return MISSING_POSITIVE.equals(code);
        }

        @Override
        protected List<QuickFix> fixesFor(Issue issue, Resource resource) {
            EObject cell = resource.getEObject(issue.getUriToProblem().fragment());
            String document = ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult().getRootNode().getText();
            return Edits.appendStatement(cell, "positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }", document)
                    .map(edit -> List.of(new QuickFix("Add a positive electrode", List.of(edit))))
                    .orElse(List.of());
        }
    }

    private static IResourceServiceProvider.Registry registryWithTestFix() {
        Injector language = new DaniellIdeSetup() {
            @Override
            public Injector createInjector() {
                return Guice.createInjector(Modules2.mixin(new DaniellRuntimeModule(), new DaniellIdeModule(),
                        binder -> binder.bind(ICodeActionService2.class).to(TestFixes.class)));
            }
        }.createInjectorAndDoEMFRegistration();
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put("echem", language.getInstance(IResourceServiceProvider.class));
        return registry;
    }

    // --- helpers

    /** Opens {@code text} and asks for the code actions of all its diagnostics, as an editor does for a line. */
    private List<CodeAction> codeActions(String text, boolean expectFixable) throws Exception {
        TextDocumentConfiguration configuration = new TextDocumentConfiguration();
        configuration.setModel(text);
        configuration.setFilePath("MyModel." + fileExtension);
        FileInfo file = initializeContext(configuration);
        List<Diagnostic> diagnostics = getDiagnostics().get(file.getUri());
        assertTrue(!expectFixable || diagnostics.stream().anyMatch(d -> MISSING_POSITIVE.equals(d.getCode().getLeft())),
                diagnostics.toString());
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(file.getUri()),
                new Range(new Position(0, 0), new Position(0, 1)), new CodeActionContext(diagnostics));
        List<CodeAction> actions = new ArrayList<>();
        for (Either<Command, CodeAction> action : languageServer.codeAction(params).get()) {
            actions.add(action.getRight());
        }
        return actions;
    }
}
