package org.daniell.model.validation;

import java.util.List;

import org.daniell.model.issues.IssueCode;
import org.daniell.model.issues.Severity;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An EMF diagnostic that knows its catalogue entry and, when the fix is clear, the data a quick fix needs. Its data
 * list is {@code [object, feature]}, the layout Xtext and EMF use to locate a diagnostic in the text.
 */
public final class Finding extends BasicDiagnostic {

    public static final String SOURCE = "org.daniell.model";

    private final IssueCode issue;
    private final List<String> fixData;

    Finding(IssueCode issue, Severity severity, String message, EObject object, EStructuralFeature feature,
            List<String> fixData) {
        super(toEmf(severity), SOURCE, 0, message,
                feature == null ? new Object[] { object } : new Object[] { object, feature });
        this.issue = issue;
        this.fixData = List.copyOf(fixData);
    }

    public IssueCode issue() {
        return issue;
    }

    public String issueId() {
        return issue.id();
    }

    /** What a quick fix needs to know (e.g. the value to write); empty when the finding has no fix. */
    public List<String> fixData() {
        return fixData;
    }

    public EObject object() {
        return (EObject) getData().get(0);
    }

    private static int toEmf(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO, IGNORE -> Diagnostic.INFO;
        };
    }
}
