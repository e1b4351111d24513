package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.issues.CapacityIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * capacity.np-not-under-five: writes the thinner foil the check computed (N/P scales with the foil's thickness,
 * seed-001-002 §2 F14). The issue data holds the new thickness and the N/P it gives.
 */
public final class ThinMetalFoilFix implements FixProvider {

    @Override
    public String code() {
        return CapacityIssues.NP_NOT_UNDER_FIVE.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] data = issue.getData();
        if (data == null || data.length < 2 || !(target instanceof ActiveComponent active)
                || active.getThickness() == null) {
            return List.of();
        }
        return Edits.replaceObject(active.getThickness(), data[0])
                .map(edit -> List.of(new QuickFix("Thin the foil to " + data[0].replace("um", "µm") + " (N/P "
                        + data[1] + ")", List.of(edit))))
                .orElse(List.of());
    }
}
