package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Electrolyte;
import org.daniell.model.issues.PracticalityIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * practicality.mn-dissolution: adds a Mn2+ salt to the electrolyte (seed-001-002 §3.2 C7). The issue data holds the
 * statement to add.
 */
public final class ManganeseAdditiveFix implements FixProvider {

    @Override
    public String code() {
        return PracticalityIssues.MN_DISSOLUTION.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] data = issue.getData();
        if (data == null || data.length < 1 || !(target instanceof Electrolyte electrolyte)) {
            return List.of();
        }
        return Edits.appendStatement(electrolyte, data[0], documentText)
                .map(edit -> List.of(new QuickFix("Add '" + data[0] + "' to the electrolyte", List.of(edit))))
                .orElse(List.of());
    }
}
