package org.daniell.chem.unit;

import java.math.BigDecimal;

import org.daniell.chem.unit.UnitProblem.SyntaxError;

/**
 * Parses a number followed by a unit, as researchers type quantities: {@code 20 mg/cm2}, {@code 2 M},
 * {@code -0.76 V}, {@code 1.2e-3 S/cm}, {@code 85 %}, {@code 25 °C}, {@code 0.5C}. The C-rate fraction form
 * {@code C/4} ("C/4 to C/6", seed-001-002 §1.1) is read as 0.25 C.
 *
 * <p>Bad input gives a positioned {@link SyntaxError}; errors inside the unit are shifted to their place in
 * the whole text.
 */
public final class QuantityParser {

    private QuantityParser() {
    }

    /** Parses without context (a lone {@code m} is molality, a lone {@code C} the C-rate). */
    public static Outcome<WrittenQuantity> parse(String text) {
        return parse(text, null);
    }

    /** Parses, reading a lone {@code m} or {@code C} by the expected kind (see {@link UnitParser}). */
    public static Outcome<WrittenQuantity> parse(String text, Kind<?> context) {
        if (text == null || text.isBlank()) {
            return Outcome.failure(new SyntaxError(0, 0, "expected a number"));
        }
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("C/", start)) {
            return cRateFraction(text, start);
        }
        int end = numberEnd(text, start);
        if (end == start) {
            return Outcome.failure(new SyntaxError(start, 1, "expected a number, found '" + text.charAt(start) + "'"));
        }
        String number = text.substring(start, end).replace('\u2212', '-');
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return Outcome.failure(new SyntaxError(start, end - start, "'" + number + "' is not a number"));
        }
        int unitStart = end;
        return UnitParser.parse(text.substring(unitStart), context)
                .shifted(unitStart)
                .map(unit -> new WrittenQuantity(value, unit));
    }

    /** {@code C/n}: a C-rate of 1/n. */
    private static Outcome<WrittenQuantity> cRateFraction(String text, int start) {
        int numberStart = start + 2;
        int end = numberEnd(text, numberStart);
        String rest = text.substring(end).strip();
        if (end == numberStart || !rest.isEmpty()) {
            int at = end == numberStart ? numberStart : text.indexOf(rest, end);
            return Outcome.failure(new SyntaxError(at, Math.max(1, end == numberStart ? 1 : rest.length()),
                    "expected a number after 'C/' (as in C/4)"));
        }
        BigDecimal divisor = new BigDecimal(text.substring(numberStart, end));
        if (divisor.signum() <= 0) {
            return Outcome.failure(new SyntaxError(numberStart, end - numberStart, "C/n needs a positive n"));
        }
        BigDecimal value = BigDecimal.ONE.divide(divisor, java.math.MathContext.DECIMAL128).stripTrailingZeros();
        WrittenUnit unit = UnitParser.parse("C").orElseThrow();
        return Outcome.success(new WrittenQuantity(value, new WrittenUnit(text.strip(), unit.unit(), unit.basis(), unit.terms())));
    }

    /** End of a decimal number with optional sign and exponent ({@code -1.5e-3}); {@code start} if none. */
    private static int numberEnd(String text, int start) {
        int i = start;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '\u2212')) {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i == digitsStart) {
            return start;
        }
        if (i + 1 < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (text.charAt(j) == '-' || text.charAt(j) == '+' || text.charAt(j) == '\u2212') {
                j++;
            }
            int expStart = j;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        return i;
    }
}
