package org.daniell.validation;

import org.daniell.model.issues.LanguageIssues;
import java.util.List;

import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.ElectrodeRole;
import org.daniell.model.design.Electrolyte;
import org.daniell.scoping.DaniellScopeProvider;
import org.daniell.validation.notation.NotationValidator;
import org.daniell.model.validation.DesignValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/** Host of the Daniell checks; each topic validator is composed here. */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, NotationValidator.class, StatementValidator.class })
public class DaniellValidator extends AbstractDaniellValidator {

    /**
     * The design package itself, not a registry lookup by namespace URI: standalone, the lookup can run before the
     * package is registered and would register these checks for no package at all.
     */
    @Override
    protected java.util.List<org.eclipse.emf.ecore.EPackage> getEPackages() {
        return java.util.List.of(DesignPackage.eINSTANCE);
    }

    /** Besides these Xtext checks, the design model's own EMF validator (analysis-based topic checks) runs. */
    @Override
    public void register(EValidatorRegistrar registrar) {
        super.register(registrar);
        registrar.register(DesignPackage.eINSTANCE, DesignValidator.INSTANCE);
    }

    @Check
    public void cellHasBothElectrodes(Cell cell) {
        List<Electrode> electrodes = DaniellScopeProvider.electrodesWithInheritance(cell);
        checkRole(cell, electrodes, ElectrodeRole.NEGATIVE, ElectrodeRole.ANODE);
        checkRole(cell, electrodes, ElectrodeRole.POSITIVE, ElectrodeRole.CATHODE);
    }

    private void checkRole(Cell cell, List<Electrode> electrodes, ElectrodeRole role, ElectrodeRole dischargeName) {
        boolean present = electrodes.stream().anyMatch(e -> e.getRole() == role || e.getRole() == dischargeName);
        if (!present) {
            org.daniell.model.issues.IssueCode issue = LanguageIssues.CELL_MISSING_ELECTRODE;
            error(issue.message(cell.getName(), role.getLiteral()), cell, DesignPackage.Literals.ELEMENT__NAME,
                    issue.id(), role.getLiteral());
        }
    }

    @Check
    public void electrodeSaysWhatItIsMadeOf(Electrode electrode) {
        if (electrode.getBase() == null && electrode.getComponents().isEmpty() && electrode.getCollector() == null
                && electrode.getReactions().isEmpty() && electrode.getParticle() == null) {
            org.daniell.model.issues.IssueCode issue = LanguageIssues.EMPTY_ELECTRODE;
            String role = electrode.isSetRole() ? electrode.getRole().getLiteral() : "negative";
            warning(issue.message(electrode.getName(), role), electrode, DesignPackage.Literals.ELEMENT__NAME, issue.id());
        }
    }

    @Check
    public void electrolyteSaysWhatItIsMadeOf(Electrolyte electrolyte) {
        boolean saysSomething = electrolyte.getBase() != null || !electrolyte.getConstituents().isEmpty()
                || electrolyte.isSetKind() || electrolyte.getPH() != null || electrolyte.getAmount() != null
                || electrolyte.getWindow() != null || electrolyte.getDensity() != null;
        if (!saysSomething) {
            org.daniell.model.issues.IssueCode issue = LanguageIssues.EMPTY_ELECTROLYTE;
            String name = electrolyte.getName() == null ? "" : electrolyte.getName();
            warning(issue.message(name), electrolyte, DesignPackage.Literals.ELEMENT__NAME, issue.id());
        }
    }
}
