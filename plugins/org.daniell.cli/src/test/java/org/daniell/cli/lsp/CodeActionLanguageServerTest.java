package org.daniell.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.daniell.ide.server.DaniellServerModule;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Module;

/** The quick fixes of org.daniell.fixes as LSP code actions, with the language as it ships. */
class CodeActionLanguageServerTest extends AbstractLanguageServerTest {

    /** Five equimolar cations: S = 1.609R, a high-entropy oxide (seed-003-004 §1.1 D2, §7 E1). */
    private static final String DECLARED_MEDIUM = """
            material HEO : active {
                formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O
                entropy medium
            }
            """;

    CodeActionLanguageServerTest() {
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
        return Modules2.mixin(new DaniellServerModule(), super.getServerModule());
    }

    @Test
    void aWrongEntropyLabelIsFixedToTheComputedClass() throws Exception {
        List<CodeAction> actions = codeActions(DECLARED_MEDIUM, "entropy.class-mismatch");
        Assertions.assertEquals(1, actions.size(), actions.toString());
        CodeAction action = actions.get(0);
        Assertions.assertEquals("Declare the computed class: entropy high", action.getTitle());
        Assertions.assertEquals(CodeActionKind.QuickFix, action.getKind());
        Assertions.assertEquals("""
                material HEO : active {
                    formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O
                    entropy high
                }
                """, LspText.apply(DECLARED_MEDIUM, action.getEdit().getChanges().values().iterator().next()));
    }

    @Test
    void aCorrectLabelHasNoFinding() throws Exception {
        String text = DECLARED_MEDIUM.replace("entropy medium", "entropy high");
        Assertions.assertEquals(List.of(), codeActions(text, null));
    }

    /** Opens {@code text} and asks for the code actions of all its diagnostics, as an editor does. */
    private List<CodeAction> codeActions(String text, String expectedCode) throws Exception {
        TextDocumentConfiguration configuration = new TextDocumentConfiguration();
        configuration.setModel(text);
        configuration.setFilePath("MyModel." + fileExtension);
        FileInfo file = initializeContext(configuration);
        List<Diagnostic> diagnostics = getDiagnostics().get(file.getUri());
        assertTrue(expectedCode == null
                || diagnostics.stream().anyMatch(d -> d.getCode() != null && expectedCode.equals(d.getCode().getLeft())),
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
