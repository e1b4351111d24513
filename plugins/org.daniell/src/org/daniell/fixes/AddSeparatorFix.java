package org.daniell.fixes;

import java.util.List;

import org.daniell.model.design.Cell;
import org.daniell.model.issues.SeparatorIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;

/** Adds the separator the check proposes (glass fibre for water, polypropylene otherwise) to a stack without one. */
public final class AddSeparatorFix implements FixProvider {

    @Override
    public String code() {
        return SeparatorIssues.MISSING.id();
    }

    @Override
    public List<QuickFix> fixes(Issue finding, EObject target, String documentText) {
        String[] data = finding.getData();
        Cell cell = EcoreUtil2.getContainerOfType(target, Cell.class);
        if (cell == null || data == null || data.length == 0) {
            return List.of();
        }
        String statement = "separator " + data[0];
        return Edits.appendStatement(cell, statement, documentText)
                .map(edit -> List.of(new QuickFix("Add '" + statement + "'", List.of(edit)))).orElse(List.of());
    }
}
