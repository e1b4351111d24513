package org.daniell.chem.unit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints parsed units in a canonical form that {@link UnitParser} reads back to an equivalent unit:
 * numerator factors, then {@code /} and the denominator factors ({@code mAh/g}, {@code J/(mol·K)}, {@code 1/h}).
 *
 * <p>Re-parse the printed text with the same {@link Kind} context as the original: a lone {@code m} or
 * {@code C} is read by context (see {@link UnitParser}).
 */
public final class UnitPrinter {

    private static final Map<String, String> ASCII = Map.of("µ", "u", "Ω", "Ohm", "°C", "degC", "Å", "Angstrom");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private UnitPrinter() {
    }

    /** Unicode form: {@code mg/cm²}, {@code µL/mAh}, {@code Ω·cm²}, {@code J/(mol·K)}. */
    public static String unicode(List<UnitTerm> terms) {
        return print(terms, "·", UnitPrinter::superscript, s -> s);
    }

    /** ASCII form: {@code mg/cm2}, {@code uL/mAh}, {@code Ohm cm2}, {@code J/(mol K)}, {@code degC}. */
    public static String ascii(List<UnitTerm> terms) {
        return print(terms, " ", String::valueOf, UnitPrinter::toAscii);
    }

    private static String print(List<UnitTerm> terms, String times, java.util.function.IntFunction<String> power,
            java.util.function.UnaryOperator<String> symbol) {
        if (terms.isEmpty()) {
            return "";
        }
        List<UnitTerm> up = terms.stream().filter(t -> t.exponent() > 0).toList();
        List<UnitTerm> down = terms.stream().filter(t -> t.exponent() < 0).toList();
        String numerator = up.isEmpty() ? "1" : join(up, times, power, symbol);
        if (down.isEmpty()) {
            return numerator;
        }
        String denominator = join(down, times, power, symbol);
        return numerator + "/" + (down.size() > 1 ? "(" + denominator + ")" : denominator);
    }

    private static String join(List<UnitTerm> terms, String times, java.util.function.IntFunction<String> power,
            java.util.function.UnaryOperator<String> symbol) {
        return terms.stream().map(t -> {
            int e = Math.abs(t.exponent());
            return symbol.apply(t.symbol()) + (e == 1 ? "" : power.apply(e));
        }).collect(Collectors.joining(times));
    }

    private static String superscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String toAscii(String symbol) {
        String s = ASCII.getOrDefault(symbol, symbol);
        for (Map.Entry<String, String> e : ASCII.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }
}
