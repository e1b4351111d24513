package org.daniell.chem.electrochem;

import org.daniell.chem.PhysicalConstants;
/**
 * Cell voltage from two electrode potentials, and the Gibbs energy that goes with it.
 */
public final class CellThermodynamics {

    private CellThermodynamics() {
    }

    /**
     * The electromotive force E_cell = E(positive) − E(negative), both converted to SHE under their own
     * conditions (a pH-decoupled cell has a different pH on each side).
     */
    public static double emfVolts(ElectrodePotential positive, SolutionConditions positiveSide,
            ElectrodePotential negative, SolutionConditions negativeSide) {
        return PotentialScale.toShe(positive, positiveSide).volts() - PotentialScale.toShe(negative, negativeSide).volts();
    }

    /** E_cell for two potentials under the same conditions. */
    public static double emfVolts(ElectrodePotential positive, ElectrodePotential negative, SolutionConditions conditions) {
        return emfVolts(positive, conditions, negative, conditions);
    }

    /** ΔG = −n·F·E in J per mole of reaction as written with n electrons. */
    public static double gibbsEnergyJoulesPerMole(int electrons, double emfVolts) {
        return -electrons * PhysicalConstants.FARADAY * emfVolts;
    }
}
