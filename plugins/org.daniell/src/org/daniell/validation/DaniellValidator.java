package org.daniell.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.ElectrodeRole;
import org.daniell.validation.notation.NotationValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/** Host of the Daniell checks; each topic validator is composed here. */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, NotationValidator.class })
public class DaniellValidator extends AbstractDaniellValidator {

    @Check
    public void cellHasBothElectrodes(Cell cell) {
        List<Electrode> electrodes = electrodesWithInheritance(cell);
        checkRole(cell, electrodes, ElectrodeRole.NEGATIVE, ElectrodeRole.ANODE);
        checkRole(cell, electrodes, ElectrodeRole.POSITIVE, ElectrodeRole.CATHODE);
    }

    private void checkRole(Cell cell, List<Electrode> electrodes, ElectrodeRole role, ElectrodeRole dischargeName) {
        boolean present = electrodes.stream().anyMatch(e -> e.getRole() == role || e.getRole() == dischargeName);
        if (!present) {
            IssueCodes issue = IssueCodes.CELL_MISSING_ELECTRODE;
            error(issue.message(cell.getName(), role.getLiteral()), cell, DesignPackage.Literals.ELEMENT__NAME,
                    issue.code(), role.getLiteral());
        }
    }

    /** The electrodes a cell declares itself or inherits through {@code extends}. */
    static List<Electrode> electrodesWithInheritance(Cell cell) {
        List<Electrode> result = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        for (Cell current = cell; current != null && !current.eIsProxy() && seen.add(current); current = current.getBase()) {
            result.addAll(current.getElectrodes());
        }
        return result;
    }
}
