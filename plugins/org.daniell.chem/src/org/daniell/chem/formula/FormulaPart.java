package org.daniell.chem.formula;

import java.util.List;

/**
 * One dot-separated part of a formula: the main part, or an adduct such as the water in {@code CuSO4·5H2O}.
 *
 * @param coefficient how many of this part per formula unit (1 for the main part, 5 for {@code ·5H2O})
 * @param units       the written units, never empty
 */
public record FormulaPart(double coefficient, List<FormulaUnit> units) {

    public FormulaPart {
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a formula part needs units");
        }
        if (!(coefficient > 0) || Double.isInfinite(coefficient)) {
            throw new IllegalArgumentException("coefficient must be positive and finite: " + coefficient);
        }
    }
}
