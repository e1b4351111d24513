package org.daniell.chem.element;

/**
 * A chemical element with its IUPAC CIAAW 2021 standard atomic weight.
 *
 * <p>Instances come from {@link PeriodicTable}; there is one instance per element.
 *
 * @param atomicNumber       Z
 * @param symbol             IUPAC symbol, e.g. {@code "Zn"}
 * @param name               IUPAC English name, e.g. {@code "zinc"}
 * @param atomicWeight       standard atomic weight Ar°, or the conventional value for interval weights, in g/mol
 *                           when used as a molar mass (see {@link #atomicWeightKind()})
 * @param atomicWeightKind   how {@code atomicWeight} was obtained
 * @param electronegativity  Pauling electronegativity (CRC Handbook), {@code NaN} where none is tabulated
 * @param category           conventional grouping
 */
public record Element(int atomicNumber, String symbol, String name, double atomicWeight,
                      AtomicWeightKind atomicWeightKind, double electronegativity, ElementCategory category) {

    /** @return true if the element has a standard atomic weight (false for Tc and Pm). */
    public boolean hasStandardAtomicWeight() {
        return atomicWeightKind != AtomicWeightKind.MASS_NUMBER;
    }

    /** @return the molar mass of the element in g/mol (numerically equal to {@link #atomicWeight()}). */
    public double molarMass() {
        return atomicWeight;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
