package org.daniell.chem;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions for numbers copied from the seed notes: within 0.5 % unless a tighter tolerance is given. */
public final class SeedNumbers {

    /** The tolerance the brief sets for reproducing worked examples: 0.5 %. */
    public static final double HALF_PERCENT = 0.005;

    private SeedNumbers() {
    }

    /** Asserts |actual − expected| ≤ 0.5 % of |expected|, naming the source in the failure message. */
    public static void assertSeed(double expected, double actual, String source) {
        assertWithin(expected, actual, HALF_PERCENT, source);
    }

    /** Asserts |actual − expected| ≤ relative · |expected|. */
    public static void assertWithin(double expected, double actual, double relative, String source) {
        assertTrue(Math.abs(actual - expected) <= relative * Math.abs(expected),
                () -> source + ": expected " + expected + " within " + relative * 100 + " % but was " + actual);
    }
}
