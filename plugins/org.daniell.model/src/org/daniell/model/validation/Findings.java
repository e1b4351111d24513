package org.daniell.model.validation;

import java.util.List;

import org.daniell.model.issues.IssueCode;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where topic validators report. Findings carry the catalogue's default severity; per-project overrides are applied
 * by the front end that shows them (one place, for the language's own checks and these alike).
 */
public final class Findings {

    private final DiagnosticChain chain;
    private int count;

    public Findings(DiagnosticChain chain) {
        this.chain = chain;
    }

    /** Reports {@code issue} on {@code feature} of {@code object} (or the whole object when feature is null). */
    public void report(IssueCode issue, EObject object, EStructuralFeature feature, Object... arguments) {
        reportWithFix(issue, object, feature, List.of(), arguments);
    }

    /** As {@link #report}, with the data the issue's quick fix needs. */
    public void reportWithFix(IssueCode issue, EObject object, EStructuralFeature feature, List<String> fixData,
            Object... arguments) {
        count++;
        if (chain != null) {
            chain.add(new Finding(issue, issue.defaultSeverity(), issue.message(arguments), object, feature, fixData));
        }
    }

    public int count() {
        return count;
    }
}
