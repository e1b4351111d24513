package org.daniell.chem.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions for worked numbers copied from the seed files: relative tolerance 0.5 % unless stated. */
final class SeedAssertions {

    private SeedAssertions() {
    }

    /** |actual − expected| ≤ 0.5 % of |expected|, with the source named in the failure message. */
    static void assertSeed(double expected, double actual, String source) {
        assertEquals(expected, actual, Math.abs(expected) * 0.005, source);
    }
}
