package org.daniell.chem.composition;

/**
 * Entropy classes of [S4] §2 (ref 67): high S_config &gt; 1.5R, medium ("middle") 1.0R ≤ S ≤ 1.5R, low &lt; 1.0R.
 * The seeds do not say which side of 1.0R and 1.5R is inclusive; this follows the convention proposed in
 * shared/domain/seed-003-004-high-entropy.md §1.1: both boundaries belong to MEDIUM (exact comparison, no tolerance).
 */
public enum EntropyClass {
    LOW, MEDIUM, HIGH;

    /** Lower bound of MEDIUM in units of R, inclusive. */
    public static final double MEDIUM_LOWER_BOUND = 1.0;
    /** Upper bound of MEDIUM in units of R, inclusive; above it is HIGH. */
    public static final double MEDIUM_UPPER_BOUND = 1.5;

    /** @param entropyInUnitsOfR S_config / R */
    public static EntropyClass classify(double entropyInUnitsOfR) {
        if (entropyInUnitsOfR > MEDIUM_UPPER_BOUND) {
            return HIGH;
        }
        if (entropyInUnitsOfR >= MEDIUM_LOWER_BOUND) {
            return MEDIUM;
        }
        return LOW;
    }
}
