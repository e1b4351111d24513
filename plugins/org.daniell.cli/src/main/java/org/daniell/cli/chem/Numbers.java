package org.daniell.cli.chem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats numbers for the text reports: fixed decimals, an explicit sign where it matters, never "-0". */
final class Numbers {

    private Numbers() {
    }

    /** @return {@code value} with exactly {@code decimals} decimals, e.g. {@code 86.94} */
    static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** @return like {@link #fixed} with a leading {@code +} for positive values, e.g. {@code +2.278} */
    static String signed(double value, int decimals) {
        String text = fixed(value, decimals);
        return text.startsWith("-") || text.matches("0(\\.0*)?") ? text : "+" + text;
    }

    /** @return an amount with at most four decimals and no trailing zeros, e.g. {@code 0.2}, {@code 1}, {@code 0.6667} */
    static String amount(double value) {
        String text = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.matches("-0(\\.0*)?") ? "0" : text;
    }

    /** @return a charge as chemists append it: {@code 2+}, {@code -} for -1, {@code 0} for none */
    static String charge(int charge) {
        if (charge == 0) {
            return "0";
        }
        return (Math.abs(charge) == 1 ? "" : Integer.toString(Math.abs(charge))) + (charge > 0 ? "+" : "-");
    }
}
