package org.daniell.validation;

import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.ElectrodeRole;
import org.eclipse.xtext.validation.Check;

/** Host of the Daniell checks; the topic validators are added here as the validation layer grows. */
public class DaniellValidator extends AbstractDaniellValidator {

    @Check
    public void cellHasBothElectrodes(Cell cell) {
        for (ElectrodeRole role : ElectrodeRole.values()) {
            boolean present = cell.getElectrodes().stream().anyMatch(electrode -> electrode.getRole() == role);
            if (!present) {
                IssueCodes issue = IssueCodes.CELL_MISSING_ELECTRODE;
                error(issue.message(cell.getName(), role.getLiteral()), cell, DesignPackage.Literals.ELEMENT__NAME,
                        issue.code(), role.getLiteral());
            }
        }
    }
}
