package org.daniell.model.issues;

/** Findings about Daniell itself rather than the design. */
public final class InternalIssues {

    public static final Issue CHECK_FAILED = new Issue("internal.check-failed", Severity.WARNING,
            "The {0} check could not finish on this element ({1}); its findings are missing. Please report this.",
            "A design check met a situation its author did not foresee. The other checks still ran; this one's "
                    + "findings for the element are missing until the defect is fixed.",
            "Daniell issue tracker");

    private InternalIssues() {
    }
}
