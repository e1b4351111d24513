package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Collector;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.issues.CollectorIssues;
import org.daniell.model.issues.IssueCode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * Replaces a collector that corrodes or reacts with the one the check names in its data: Ti in chloride or acid, Cu
 * under a lithium-ion negative electrode, Al or Ti instead of copper at positive potentials (seed-000 §4.6).
 */
public final class CollectorSwapFix implements FixProvider {

    static final List<FixProvider> ALL = List.of(new CollectorSwapFix(CollectorIssues.CHLORIDE_CORROSION),
            new CollectorSwapFix(CollectorIssues.COPPER_POSITIVE),
            new CollectorSwapFix(CollectorIssues.ALUMINIUM_NEGATIVE_LITHIUM),
            new CollectorSwapFix(CollectorIssues.NICKEL_IN_ACID));

    private final IssueCode issue;

    private CollectorSwapFix(IssueCode issue) {
        this.issue = issue;
    }

    @Override
    public String code() {
        return issue.id();
    }

    @Override
    public List<QuickFix> fixes(Issue finding, EObject target, String documentText) {
        String[] data = finding.getData();
        if (!(target instanceof Collector collector) || data == null || data.length == 0) {
            return List.of();
        }
        String material = data[0];
        return Edits.replaceFeature(collector, DesignPackage.Literals.COLLECTOR__MATERIAL, material)
                .map(edit -> List.of(new QuickFix("Use a " + material + " collector", List.of(edit))))
                .orElse(List.of());
    }
}
