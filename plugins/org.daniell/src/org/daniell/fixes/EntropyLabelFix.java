package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Material;
import org.daniell.model.issues.HighEntropyIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/** entropy.class-mismatch: set the declared entropy class to the computed one. */
public final class EntropyLabelFix implements FixProvider {

    @Override
    public String code() {
        return HighEntropyIssues.CLASS_MISMATCH.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] data = issue.getData();
        if (!(target instanceof Material material) || data == null || data.length == 0) {
            return List.of();
        }
        return Edits.replaceFeature(material, DesignPackage.Literals.MATERIAL__DECLARED_ENTROPY, data[0])
                .map(edit -> List.of(new QuickFix("Declare the computed class: entropy " + data[0], List.of(edit))))
                .orElse(List.of());
    }
}
