package org.daniell.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.daniell.fixes.QuickFix;
import org.daniell.fixes.QuickFixes;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Quick fixes over LSP: for each diagnostic of the request that has a fix ({@link QuickFixes}), the validation issue
 * it was published from — found again by code and start offset, since a diagnostic carries neither the element nor
 * its URI — and one {@code quickfix} code action per {@link QuickFix}, its edits as a workspace edit of the document.
 */
public class DaniellCodeActionService implements ICodeActionService2 {

    @Inject
    private IResourceValidator validator;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<Diagnostic> diagnostics = options.getCodeActionParams().getContext().getDiagnostics();
        List<String> only = options.getCodeActionParams().getContext().getOnly();
        if (diagnostics == null || diagnostics.isEmpty()
                || only != null && !only.isEmpty() && only.stream().noneMatch(CodeActionKind.QuickFix::startsWith)) {
            return List.of();
        }
        List<Diagnostic> fixable = diagnostics.stream().filter(d -> hasFix(codeOf(d))).toList();
        if (fixable.isEmpty()) {
            return List.of();
        }
        // Xtext's server leaves the resource and document to the service, which reads them under the workspace lock
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> codeActions(fixable, context.getResource(), context.getDocument(), options));
    }

    private List<Either<Command, CodeAction>> codeActions(List<Diagnostic> fixable, Resource resource,
            Document document, Options options) {
        CancelIndicator cancel = options.getCancelIndicator() == null ? CancelIndicator.NullImpl
                : options.getCancelIndicator();
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Diagnostic diagnostic : fixable) {
            int offset = document.getOffSet(diagnostic.getRange().getStart());
            for (Issue issue : issues) {
                if (Objects.equals(issue.getCode(), codeOf(diagnostic)) && issue.getOffset() != null
                        && issue.getOffset() == offset) {
                    for (QuickFix fix : fixesFor(issue, resource)) {
                        actions.add(Either.forRight(toCodeAction(fix, diagnostic, document, options.getURI())));
                    }
                }
            }
        }
        return actions;
    }

    /** Whether a provider fixes {@code code}; the fixes themselves come from {@link #fixesFor}. */
    protected boolean hasFix(String code) {
        return QuickFixes.hasFix(code);
    }

    protected List<QuickFix> fixesFor(Issue issue, Resource resource) {
        return QuickFixes.fixesFor(issue, resource);
    }

    private static CodeAction toCodeAction(QuickFix fix, Diagnostic diagnostic, Document document, String uri) {
        List<TextEdit> edits = fix.edits().stream()
                .map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
                        document.getPosition(edit.offset() + edit.length())), edit.text()))
                .toList();
        CodeAction action = new CodeAction(fix.label());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }

    private static String codeOf(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? null : diagnostic.getCode().map(s -> s, Object::toString);
    }
}
