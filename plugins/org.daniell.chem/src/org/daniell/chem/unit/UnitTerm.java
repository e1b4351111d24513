package org.daniell.chem.unit;

/**
 * One factor of a unit expression: a known symbol raised to a non-zero integer power
 * ({@code g} with exponent −1 in {@code mAh g-1}).
 *
 * @param symbol the canonical symbol of the factor ({@code "µL"} also for {@code uL}, {@code "°C"} for {@code degC})
 * @param exponent the power, never zero
 */
public record UnitTerm(String symbol, int exponent) {

    /** Checks the exponent. */
    public UnitTerm {
        if (exponent == 0) {
            throw new IllegalArgumentException("exponent 0 for " + symbol);
        }
    }
}
