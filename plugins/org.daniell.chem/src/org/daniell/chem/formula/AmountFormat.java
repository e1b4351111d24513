package org.daniell.chem.formula;

import java.math.BigDecimal;

/** Canonical decimal spelling of amounts and coefficients: shortest text that parses back to the same double. */
public final class AmountFormat {

    private AmountFormat() {
    }

    /** @return {@code "2"} for 2.0, {@code "0.2"} for 0.2, never exponent notation */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
