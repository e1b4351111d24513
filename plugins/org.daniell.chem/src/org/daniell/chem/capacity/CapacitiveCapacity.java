package org.daniell.chem.capacity;

import org.daniell.chem.PhysicalConstants;
/**
 * Capacity of a capacitive electrode: Q = C·ΔV, so with C in F/g and ΔV in V, Q in mAh/g = C·ΔV/3.6
 * (seed-000 F§3.6; 1 mAh = 3.6 C).
 */
public final class CapacitiveCapacity {

    private CapacitiveCapacity() {
    }

    /** @return Q in mAh/g for a specific capacitance in F/g over a voltage window in V */
    public static double mAhPerGram(double faradsPerGram, double voltageWindow) {
        return faradsPerGram * voltageWindow / PhysicalConstants.COULOMBS_PER_MILLIAMPERE_HOUR;
    }

    /** @return the voltage window in V that turns a capacitance (F/g) into a capacity (mAh/g) */
    public static double voltageWindow(double faradsPerGram, double mAhPerGram) {
        return mAhPerGram * PhysicalConstants.COULOMBS_PER_MILLIAMPERE_HOUR / faradsPerGram;
    }

    /** @return a specific charge in C/g expressed in mAh/g */
    public static double mAhPerGramFromCoulombsPerGram(double coulombsPerGram) {
        return coulombsPerGram / PhysicalConstants.COULOMBS_PER_MILLIAMPERE_HOUR;
    }
}
