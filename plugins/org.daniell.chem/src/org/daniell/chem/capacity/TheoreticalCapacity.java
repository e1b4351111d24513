package org.daniell.chem.capacity;

import org.daniell.chem.PhysicalConstants;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Theoretical specific capacity Q = n·F / (3.6·M) in mAh/g (standard formula; seed-003-004 §2.4,
 * seed-001-002 F1). Return values are plain doubles in the unit the method name states.
 */
public final class TheoreticalCapacity {

    private TheoreticalCapacity() {
    }

    /**
     * @param electrons  n, mol of electrons per mol of formula unit (&gt;= 0)
     * @param molarMass  M in g/mol (&gt; 0)
     * @return Q in mAh/g
     */
    public static double mAhPerGram(double electrons, double molarMass) {
        if (!(molarMass > 0)) {
            throw new IllegalArgumentException("molar mass must be positive: " + molarMass);
        }
        return electrons * PhysicalConstants.MILLIAMPERE_HOURS_PER_MOLE / molarMass;
    }

    /** @return Q in mAh/g for n electrons per formula unit of {@code formula} (its molar mass, adducts included) */
    public static double mAhPerGram(ChemicalFormula formula, double electrons) {
        return mAhPerGram(electrons, formula.molarMass());
    }

    /**
     * @param mAhPerGram          specific capacity in mAh/g
     * @param gramsPerCubicCentimetre density in g/cm³
     * @return volumetric capacity in mAh/cm³
     */
    public static double mAhPerCubicCentimetre(double mAhPerGram, double gramsPerCubicCentimetre) {
        return mAhPerGram * gramsPerCubicCentimetre;
    }

    /** @return electrons per formula unit that a specific capacity (mAh/g) corresponds to */
    public static double electronsFor(double mAhPerGram, double molarMass) {
        return mAhPerGram * molarMass / PhysicalConstants.MILLIAMPERE_HOURS_PER_MOLE;
    }
}
