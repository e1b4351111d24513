package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Constituent;
import org.daniell.model.issues.ElectrolyteIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/** Rewrites an implausible molarity as the molality it probably is (electrolyte.molarity-implausible). */
public final class MolalityFix implements FixProvider {

    @Override
    public String code() {
        return ElectrolyteIssues.MOLARITY_IMPLAUSIBLE.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        if (!(target instanceof Constituent constituent) || constituent.getAmount() == null || issue.getData() == null
                || issue.getData().length == 0) {
            return List.of();
        }
        String molality = issue.getData()[0];
        return Edits.replaceObject(constituent.getAmount(), molality)
                .map(edit -> List.of(new QuickFix("Write it as a molality: " + molality, List.of(edit))))
                .orElse(List.of());
    }
}
