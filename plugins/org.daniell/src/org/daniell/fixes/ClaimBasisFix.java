package org.daniell.fixes;

import java.util.ArrayList;
import java.util.List;

import org.daniell.model.design.Claim;
import org.daniell.model.issues.ClaimIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/** claim.basis-missing: add a basis after the claimed value, one fix per likely basis. */
public final class ClaimBasisFix implements FixProvider {

    @Override
    public String code() {
        return ClaimIssues.BASIS_MISSING.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] bases = issue.getData();
        if (!(target instanceof Claim claim) || claim.getValue() == null || bases == null) {
            return List.of();
        }
        ICompositeNode value = NodeModelUtils.findActualNodeFor(claim.getValue());
        if (value == null) {
            return List.of();
        }
        List<QuickFix> fixes = new ArrayList<>();
        for (String basis : bases) {
            fixes.add(new QuickFix("Add 'basis " + basis + "'",
                    List.of(new TextEdit(value.getEndOffset(), 0, " basis " + basis))));
        }
        return fixes;
    }
}
