package org.daniell.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a resource and drops the findings that only repeat a syntax error at the same place (after
 * a parse error the parser's recovery may link the wrong token or read a stray number as a quantity),
 * so each mistake is reported once, the same way in the editor, the language server and the command line.
 */
public class DaniellResourceValidator extends ResourceValidatorImpl {

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
        List<Issue> issues = super.validate(resource, mode, indicator);
        List<Issue> syntaxErrors = issues.stream().filter(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).toList();
        if (syntaxErrors.isEmpty()) {
            return issues;
        }
        return issues.stream().filter(issue -> !repeatsASyntaxError(issue, syntaxErrors)).toList();
    }

    private static boolean repeatsASyntaxError(Issue issue, List<Issue> syntaxErrors) {
        if (Diagnostic.SYNTAX_DIAGNOSTIC.equals(issue.getCode()) || issue.getOffset() == null) {
            return false;
        }
        return syntaxErrors.stream().anyMatch(syntax -> syntax.getOffset() != null && overlaps(issue, syntax));
    }

    private static boolean overlaps(Issue a, Issue b) {
        int aEnd = a.getOffset() + Math.max(1, a.getLength());
        int bEnd = b.getOffset() + Math.max(1, b.getLength());
        return a.getOffset() < bEnd && b.getOffset() < aEnd;
    }
}
