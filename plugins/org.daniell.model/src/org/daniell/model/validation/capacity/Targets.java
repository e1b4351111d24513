package org.daniell.model.validation.capacity;

import java.util.Optional;

import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Where a capacity or practicality finding is shown: the statement that sets the number, when the cell itself writes
 * it; the cell's name when the number comes from a base cell or a shared electrode.
 */
record Targets(EObject object, EStructuralFeature feature) {

    static Targets of(Cell cell, EObject object, EStructuralFeature feature) {
        if (object != null && EcoreUtil.isAncestor(cell, object)) {
            return new Targets(object, feature);
        }
        return cell(cell);
    }

    static Targets cell(Cell cell) {
        return new Targets(cell, DesignPackage.Literals.ELEMENT__NAME);
    }

    /** The statement that sets how much active material an electrode holds: thickness, loading or capacity. */
    static Targets amount(Cell cell, ElectrodeAnalysis electrode) {
        Optional<ActiveComponent> active = electrode.active();
        Electrode e = electrode.electrode();
        if (active.isPresent() && active.get().getThickness() != null) {
            return of(cell, active.get(), DesignPackage.Literals.ACTIVE_COMPONENT__THICKNESS);
        }
        if (active.isPresent() && active.get().getLoading() != null) {
            return of(cell, active.get(), DesignPackage.Literals.ACTIVE_COMPONENT__LOADING);
        }
        if (e.getArealCapacity() != null) {
            return of(cell, e, DesignPackage.Literals.ELECTRODE__AREAL_CAPACITY);
        }
        if (e.getThickness() != null) {
            return of(cell, e, DesignPackage.Literals.ELECTRODE__THICKNESS);
        }
        if (e.getLoading() != null) {
            return of(cell, e, DesignPackage.Literals.ELECTRODE__LOADING);
        }
        return of(cell, e, DesignPackage.Literals.ELEMENT__NAME);
    }

    /** The statement that sets the positive's active loading. */
    static Targets loading(Cell cell, ElectrodeAnalysis electrode) {
        Optional<ActiveComponent> active = electrode.active();
        if (active.isPresent() && active.get().getLoading() != null) {
            return of(cell, active.get(), DesignPackage.Literals.ACTIVE_COMPONENT__LOADING);
        }
        if (electrode.electrode().getLoading() != null) {
            return of(cell, electrode.electrode(), DesignPackage.Literals.ELECTRODE__LOADING);
        }
        return of(cell, electrode.electrode(), DesignPackage.Literals.ELEMENT__NAME);
    }

    /** The statement that sets the areal capacity, or else the loading it was computed from. */
    static Targets arealCapacity(Cell cell, ElectrodeAnalysis electrode) {
        if (electrode.electrode().getArealCapacity() != null) {
            return of(cell, electrode.electrode(), DesignPackage.Literals.ELECTRODE__AREAL_CAPACITY);
        }
        return loading(cell, electrode);
    }

    /** The electrolyte element of the lineage that writes the amount, or the cell's electrolyte. */
    static Targets electrolyteAmount(Cell cell, Electrolyte electrolyte) {
        for (Electrolyte e : Resolved.lineage(electrolyte)) {
            if (e.getAmount() != null) {
                return of(cell, e, DesignPackage.Literals.ELECTROLYTE__AMOUNT);
            }
        }
        return electrolyte(cell, electrolyte);
    }

    static Targets electrolyte(Cell cell, Electrolyte electrolyte) {
        return of(cell, electrolyte, electrolyte.getName() != null ? DesignPackage.Literals.ELEMENT__NAME : null);
    }
}
