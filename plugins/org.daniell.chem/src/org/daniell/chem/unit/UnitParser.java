package org.daniell.chem.unit;

import org.daniell.chem.Spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.measure.Unit;

import org.daniell.chem.unit.UnitProblem.SyntaxError;

import tech.units.indriya.AbstractUnit;

/**
 * Parses units as researchers type them in a text file.
 *
 * <p>Accepted notation (all of these mean the same unit): {@code mAh/g}, {@code mAh g-1}, {@code mAh g^-1},
 * {@code mAh·g⁻¹}, {@code mA h g-1}, {@code mA.h/g}. Also {@code mg/cm2}, {@code mg cm-2}, {@code cm²},
 * {@code uL/mAh}, {@code µL/mAh}, {@code mol/L}, {@code M}, {@code mM}, {@code degC}, {@code °C}, {@code K},
 * {@code %}, {@code wt%}, {@code at%}, {@code vol%}, {@code S/cm}, {@code mS/cm}, {@code V}, {@code mV},
 * {@code Wh/kg}, {@code h}, {@code min}, {@code s}, {@code um}, {@code µm}, {@code 1/h}, {@code J/(mol K)},
 * PyBaMM's {@code m2.s-1} and {@code A.h}.
 *
 * <p>Rules:
 * <ul>
 * <li>Factors are separated by white space, {@code ·}, {@code ⋅}, {@code *} or {@code .}; {@code /} divides by
 * the next factor only, so {@code J/kg/K} is J kg⁻¹ K⁻¹. Parentheses group: {@code W/(m K)}.</li>
 * <li>An exponent follows its symbol directly: {@code cm2}, {@code cm-2}, {@code cm^-2}, {@code cm⁻²}.</li>
 * <li>{@code 1} may stand as a numerator ({@code 1/h}); no other number may appear in a unit.</li>
 * <li>{@code m} on its own is <em>molality</em> (mol/kg, "4 m Zn(OTf)₂", seed-001-002 §3.3 E6) unless the
 * caller expects a {@link Kind#LENGTH}; inside a compound it is the metre ({@code mg/m2}).</li>
 * <li>{@code C} on its own is the <em>C-rate</em> (1/h, "0.5 C") unless the caller expects a
 * {@link Kind#CAPACITY}; inside a compound it is the coulomb ({@code C/g}).</li>
 * <li>{@code °C} and the based percents ({@code wt%}, {@code at%}, {@code vol%}) must stand alone: °C is an
 * offset scale (write differences in K, e.g. {@code mV/K}), and a basis belongs to a whole fraction.</li>
 * </ul>
 *
 * <p>Bad input gives an {@link Outcome.Failure} with a {@link SyntaxError} pointing at the offending
 * characters; the parser never throws for user input. Empty text is the dimensionless {@link WrittenUnit#NONE}.
 */
public final class UnitParser {

    private final String text;
    private int pos;

    private UnitParser(String text) {
        this.text = text;
    }

    /** Parses a unit without context: a lone {@code m} is molality, a lone {@code C} is the C-rate. */
    public static Outcome<WrittenUnit> parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a unit, using the expected kind only to read the two context-dependent symbols (a lone {@code m}
     * is a metre if a {@link Kind#LENGTH} is expected, a lone {@code C} a coulomb if a {@link Kind#CAPACITY}
     * is expected). It does not check the dimension: {@link QuantityCheck#expect(WrittenUnit, Kind)} does.
     *
     * @param text the unit as written
     * @param context the kind expected at this place, or {@code null}
     */
    public static Outcome<WrittenUnit> parse(String text, Kind<?> context) {
        if (text == null) {
            return Outcome.failure(new SyntaxError(0, 0, "no unit text"));
        }
        try {
            return Outcome.success(new UnitParser(text).unit(context));
        } catch (Failed e) {
            return Outcome.failure(e.error);
        }
    }

    // ---- grammar ------------------------------------------------------------------------------------

    /** A factor as parsed, with its place in the text. */
    private record Parsed(UnitSymbols.Atom atom, int exponent, int offset, int length) {
        Parsed power(int n) {
            return new Parsed(atom, exponent * n, offset, length);
        }
    }

    private WrittenUnit unit(Kind<?> context) throws Failed {
        skipSpace();
        if (atEnd()) {
            return WrittenUnit.NONE;
        }
        List<Parsed> terms = product(0);
        skipSpace();
        if (!atEnd()) {
            throw error(pos, 1, ")".equals(String.valueOf(peek())) ? "unbalanced ')'" : "unexpected '" + peek() + "'");
        }
        return build(terms, context);
    }

    /** product := ['1' '/'] factor ((sep | '/') factor)* */
    private List<Parsed> product(int depth) throws Failed {
        List<Parsed> terms = new ArrayList<>();
        skipSpace();
        boolean first = true;
        if (peek() == '1' && !isDigit(peekAt(pos + 1))) {
            int one = pos;
            pos++;
            skipSpace();
            if (peek() != '/') {
                throw error(one, 1, "a number cannot be part of a unit; put it in the value");
            }
            first = false;
        }
        while (true) {
            int before = pos;
            boolean spaced = skipSpace();
            if (peek() == ')' && depth == 0) {
                throw error(pos, 1, "unbalanced ')'");
            }
            if (atEnd() || peek() == ')') {
                if (first) {
                    throw error(Math.min(pos, text.length()), atEnd() ? 0 : 1, "expected a unit symbol");
                }
                return terms;
            }
            int sign = 1;
            if (!first) {
                char c = peek();
                if (c == '/') {
                    sign = -1;
                    pos++;
                } else if (c == '·' || c == '\u22C5' || c == '*' || c == '.') {
                    pos++;
                } else if (!spaced && !startsFactor(c)) {
                    throw error(pos, 1, "unexpected '" + c + "'");
                } else if (!spaced && !endsWithExponentOrParen(before)) {
                    throw error(pos, 1, "unexpected '" + c + "'");
                }
                skipSpace();
                if (atEnd() || peek() == ')') {
                    throw error(Math.max(0, pos - 1), 1, "expected a unit symbol after '" + text.charAt(pos - 1) + "'");
                }
            }
            for (Parsed p : factor(depth)) {
                terms.add(p.power(sign));
            }
            first = false;
        }
    }

    /** factor := '(' product ')' exponent? | symbol exponent? */
    private List<Parsed> factor(int depth) throws Failed {
        char c = peek();
        if (c == '(') {
            int open = pos;
            pos++;
            List<Parsed> inner = product(depth + 1);
            if (peek() != ')') {
                throw error(open, 1, "missing ')' for this '('");
            }
            pos++;
            int n = exponent();
            return inner.stream().map(p -> p.power(n)).toList();
        }
        if (isDigit(c) || c == '-' || c == '+' || c == '\u2212') {
            int start = pos;
            while (!atEnd() && (isDigit(peek()) || peek() == '.' || peek() == '-' || peek() == '+' || peek() == '\u2212')) {
                pos++;
            }
            throw error(start, pos - start, "a number cannot be part of a unit; put it in the value");
        }
        int start = pos;
        Optional<Map.Entry<String, UnitSymbols.Atom>> percent = UnitSymbols.percentAt(text, pos);
        if (percent.isPresent()) {
            pos += percent.get().getKey().length();
            return List.of(new Parsed(percent.get().getValue(), exponent(), start, pos - start));
        }
        while (!atEnd() && UnitSymbols.isSymbolChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw error(start, 1, "unexpected '" + c + "'");
        }
        String token = text.substring(start, pos);
        UnitSymbols.Atom atom = UnitSymbols.resolve(token).orElseThrow(() -> unknown(token, start));
        return List.of(new Parsed(atom, exponent(), start, pos - start));
    }

    /** exponent := '^'? sign? digits | superscript-sign? superscript-digits | (nothing = 1) */
    private int exponent() throws Failed {
        int start = pos;
        boolean caret = false;
        if (peek() == '^') {
            caret = true;
            pos++;
        }
        int sign = 1;
        char c = peek();
        if (c == '-' || c == '\u2212' || c == '+') {
            if (!isDigit(peekAt(pos + 1))) {
                if (caret) {
                    throw error(start, pos - start + 1, "'^' must be followed by an integer exponent");
                }
                return 1;
            }
            sign = c == '+' ? 1 : -1;
            pos++;
        } else if (c == '⁻' || c == '⁺') {
            sign = c == '⁺' ? 1 : -1;
            pos++;
            if (superscriptDigit(peek()) < 0) {
                throw error(start, pos - start, "superscript sign without digits");
            }
        }
        int value = 0;
        int digits = 0;
        while (!atEnd()) {
            int d = isDigit(peek()) ? peek() - '0' : superscriptDigit(peek());
            if (d < 0) {
                break;
            }
            value = value * 10 + d;
            digits++;
            pos++;
            if (digits > 2) {
                throw error(start, pos - start, "exponent too large");
            }
        }
        if (digits == 0) {
            if (caret) {
                throw error(start, Math.max(1, pos - start), "'^' must be followed by an integer exponent");
            }
            return 1;
        }
        if (value == 0) {
            throw error(start, pos - start, "exponent 0 is not allowed");
        }
        return sign * value;
    }

    // ---- building the unit ----------------------------------------------------------------------------

    private WrittenUnit build(List<Parsed> terms, Kind<?> context) throws Failed {
        for (Parsed p : terms) {
            if (p.atom().standaloneOnly() && (terms.size() > 1 || p.exponent() != 1)) {
                String why = p.atom().unit().equals(FieldUnits.CELSIUS)
                        ? "'" + text.substring(p.offset(), p.offset() + p.length())
                                + "' is an offset scale and must stand alone; write temperature differences in K (e.g. mV/K)"
                        : "'" + text.substring(p.offset(), p.offset() + p.length())
                                + "' names what a fraction is of and must stand alone";
                throw error(p.offset(), p.length(), why);
            }
        }
        if (terms.size() == 1 && terms.get(0).exponent() == 1) {
            UnitSymbols.Atom only = terms.get(0).atom();
            if (only.symbol().equals(UnitSymbols.METRE_OR_MOLAL) && context != Kind.LENGTH) {
                return written(FieldUnits.MOLE_PER_KILOGRAM, FractionBasis.NONE, List.of(new UnitTerm("m", 1)));
            }
            if (only.symbol().equals(UnitSymbols.COULOMB_OR_C_RATE) && context != Kind.CAPACITY) {
                return written(FieldUnits.C_RATE, FractionBasis.NONE, List.of(new UnitTerm("C", 1)));
            }
        }
        Unit<?> unit = AbstractUnit.ONE;
        FractionBasis basis = FractionBasis.NONE;
        List<UnitTerm> out = new ArrayList<>();
        for (Parsed p : terms) {
            Unit<?> factor = p.atom().unit();
            unit = p.exponent() > 0 ? unit.multiply(factor.pow(p.exponent())) : unit.divide(factor.pow(-p.exponent()));
            basis = p.atom().basis() != FractionBasis.NONE ? p.atom().basis() : basis;
            out.add(new UnitTerm(p.atom().symbol(), p.exponent()));
        }
        if (terms.size() == 1 && terms.get(0).exponent() == 1) {
            unit = terms.get(0).atom().unit();
        }
        return written(unit, basis, out);
    }

    private WrittenUnit written(Unit<?> unit, FractionBasis basis, List<UnitTerm> terms) {
        return new WrittenUnit(text.strip(), unit, basis, terms);
    }

    // ---- errors ---------------------------------------------------------------------------------------------

    private Failed unknown(String token, int start) {
        String hint = Spelling.closest(token, UnitSymbols.suggestions())
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        return error(start, token.length(), "unknown unit '" + token + "'" + hint);
    }

    private Failed error(int offset, int length, String message) {
        return new Failed(new SyntaxError(offset, length, message));
    }

    /** Internal control flow for the recursive descent; never escapes {@link #parse(String, Kind)}. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient SyntaxError error;

        Failed(SyntaxError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    // ---- characters ---------------------------------------------------------------------------------------

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return peekAt(pos);
    }

    private char peekAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private boolean skipSpace() {
        int start = pos;
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
        return pos > start;
    }

    private boolean startsFactor(char c) {
        return c == '(' || UnitSymbols.isSymbolChar(c) || c == '%';
    }

    /** Juxtaposition without a separator is allowed only after an exponent or a ')': {@code m2s-1}. */
    private boolean endsWithExponentOrParen(int end) {
        char last = peekAt(end - 1);
        return isDigit(last) || superscriptDigit(last) >= 0 || last == ')';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int superscriptDigit(char c) {
        return switch (c) {
            case '⁰' -> 0;
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            case '⁴' -> 4;
            case '⁵' -> 5;
            case '⁶' -> 6;
            case '⁷' -> 7;
            case '⁸' -> 8;
            case '⁹' -> 9;
            default -> -1;
        };
    }
}
