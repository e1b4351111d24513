package org.daniell.chem.reaction;

import java.util.Map;

import org.daniell.chem.element.Element;

/**
 * Mass and charge balance of a reaction: residual = Σ products − Σ reactants.
 *
 * @param elementResiduals per element, only the non-zero ones (beyond the tolerance)
 * @param chargeResidual   products' charge minus reactants' charge (electrons included)
 * @param tolerance        absolute tolerance used
 */
public record BalanceReport(Map<Element, Double> elementResiduals, double chargeResidual, double tolerance) {

    public BalanceReport {
        elementResiduals = Map.copyOf(elementResiduals);
    }

    /** @return true if every element balances */
    public boolean massBalanced() {
        return elementResiduals.isEmpty();
    }

    /** @return true if the charge balances */
    public boolean chargeBalanced() {
        return Math.abs(chargeResidual) <= tolerance;
    }

    /** @return true if both mass and charge balance */
    public boolean balanced() {
        return massBalanced() && chargeBalanced();
    }
}
