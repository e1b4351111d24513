package org.daniell.model.analysis;

import java.util.List;
import java.util.Locale;

import org.daniell.chem.unit.Kind;

/**
 * A number the analysis derived (or read from the spec), in the display unit of its kind, able to say how it was
 * obtained: the formula, the figures it was computed from, and the source of the formula or of the stated value.
 */
public record Figure(String key, String label, double value, Kind<?> kind, String formula, List<Figure> inputs,
        String source) {

    public Figure {
        inputs = List.copyOf(inputs);
    }

    /** A value written in the spec, already converted to the kind's display unit. */
    public static Figure stated(String key, String label, double value, Kind<?> kind, String where) {
        return new Figure(key, label, value, kind, "stated", List.of(), where);
    }

    /** A value computed by {@code formula} from {@code inputs}. */
    public static Figure derived(String key, String label, double value, Kind<?> kind, String formula, String source,
            Figure... inputs) {
        return new Figure(key, label, value, kind, formula, List.of(inputs), source);
    }

    public boolean isStated() {
        return "stated".equals(formula);
    }

    public String unit() {
        return kind.displaySymbol();
    }

    /** The value with three significant digits (more for large numbers) and its unit: {@code 4.00 mAh/cm²}. */
    public String display() {
        String number = format(value);
        return unit().isEmpty() ? number : number + " " + unit();
    }

    public static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** One line per figure, indented by derivation depth: how this number came about. */
    public String derivation() {
        StringBuilder text = new StringBuilder();
        appendDerivation(text, 0);
        return text.toString();
    }

    private void appendDerivation(StringBuilder text, int depth) {
        text.append("  ".repeat(depth)).append(label).append(" = ").append(display());
        if (isStated()) {
            text.append("  (stated").append(source.isEmpty() ? "" : ", " + source).append(')');
        } else {
            text.append("  [").append(formula).append(']');
            if (!source.isEmpty()) {
                text.append("  (").append(source).append(')');
            }
        }
        text.append('\n');
        for (Figure input : inputs) {
            input.appendDerivation(text, depth + 1);
        }
    }
}
