package org.daniell.fixes;

import java.util.ArrayList;
import java.util.List;

import org.daniell.model.design.Window;
import org.daniell.model.issues.DataIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/** data.window-without-reference: write the reference electrode after the window. */
public final class WindowReferenceFix implements FixProvider {

    @Override
    public String code() {
        return DataIssues.WINDOW_WITHOUT_REFERENCE.id();
    }

    @Override
    public List<QuickFix> fixes(Issue issue, EObject target, String documentText) {
        String[] references = issue.getData();
        if (!(target instanceof Window window) || references == null) {
            return List.of();
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(window);
        if (node == null) {
            return List.of();
        }
        List<QuickFix> fixes = new ArrayList<>();
        for (String reference : references) {
            fixes.add(new QuickFix("Add 'vs " + reference + "'",
                    List.of(new TextEdit(node.getEndOffset(), 0, " vs " + reference))));
        }
        return fixes;
    }
}
