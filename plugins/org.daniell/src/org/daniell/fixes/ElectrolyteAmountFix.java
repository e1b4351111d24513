package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Electrolyte;
import org.daniell.model.issues.PracticalityIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * practicality.flooded-electrolyte: replaces the electrolyte amount with the one that meets the target E/C, in the
 * unit the amount was written in. The issue data holds the new amount and the target E/C.
 */
public final class ElectrolyteAmountFix implements FixProvider {

    @Override
    public String code() {
        return PracticalityIssues.FLOODED_ELECTROLYTE.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] data = issue.getData();
        if (data == null || data.length < 2 || !(target instanceof Electrolyte electrolyte)
                || electrolyte.getAmount() == null) {
            return List.of();
        }
        String amount = data[0].replace("uL", "µL");
        return Edits.replaceObject(electrolyte.getAmount(), data[0])
                .map(edit -> List.of(new QuickFix("Set the electrolyte amount to " + amount + " (E/C " + data[1] + ")",
                        List.of(edit))))
                .orElse(List.of());
    }
}
