package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Electrolyte;
import org.daniell.model.issues.InventoryIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * Gives a salt-consuming cell's electrolyte the amount (E/C by volume) that keeps the salt above c_min at full
 * charge (inventory.salt-amount-missing; the check computes the value, seed-000 §3.3).
 */
public final class SaltAmountFix implements FixProvider {

    @Override
    public String code() {
        return InventoryIssues.SALT_AMOUNT_MISSING.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        if (!(target instanceof Electrolyte electrolyte) || issue.getData() == null || issue.getData().length == 0) {
            return List.of();
        }
        String amount = issue.getData()[0];
        return Edits.appendStatement(electrolyte, "amount " + amount, documentText)
                .map(edit -> List.of(new QuickFix("Set the electrolyte amount to " + amount
                        + " (keeps the salt above c_min at full charge)", List.of(edit))))
                .orElse(List.of());
    }
}
