package org.daniell.chem.formula;

/**
 * Character classes of formula text. Every glyph is one UTF-16 char, so offsets into the original text are kept
 * while reading ASCII and the typographic forms found in papers: subscript and superscript digits (H₂O, Zn²⁺),
 * the minus sign U+2212, middle dots and bullets as hydrate separators.
 */
final class Glyphs {

    private Glyphs() {
    }

    /** @return 0-9 for ASCII and subscript digits, -1 otherwise */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u2080' && c <= '\u2089') {
            return c - '\u2080';
        }
        return -1;
    }

    /** @return 0-9 for superscript digits, -1 otherwise */
    static int superscriptDigit(char c) {
        return switch (c) {
            case '\u2070' -> 0;
            case '\u00B9' -> 1;
            case '\u00B2' -> 2;
            case '\u00B3' -> 3;
            case '\u2074' -> 4;
            case '\u2075' -> 5;
            case '\u2076' -> 6;
            case '\u2077' -> 7;
            case '\u2078' -> 8;
            case '\u2079' -> 9;
            default -> -1;
        };
    }

    static boolean isPlus(char c) {
        return c == '+' || c == '\u207A' || c == '\uFF0B';
    }

    static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u207B' || c == '\u2013' || c == '\uFF0D';
    }

    static boolean isSign(char c) {
        return isPlus(c) || isMinus(c);
    }

    static boolean isSuperscriptSign(char c) {
        return c == '\u207A' || c == '\u207B';
    }

    /** Hydrate / adduct separators other than '.', which needs context. */
    static boolean isDotSeparator(char c) {
        return c == '\u00B7' || c == '\u2022' || c == '\u2219' || c == '\u22C5' || c == '*' || c == '\u30FB';
    }

    /** Letters that stand for an unknown amount: x, y, z, n, δ (and d in {@code O3-d}). */
    static boolean isVariable(char c) {
        return c == 'x' || c == 'y' || c == 'z' || c == 'n' || c == '\u03B4';
    }

    static boolean isDeviationSymbol(char c) {
        return c == 'x' || c == 'd' || c == '\u03B4' || c == 'y' || c == 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static String describe(char c) {
        if (Character.isWhitespace(c)) {
            return "a space";
        }
        if (c < 32 || c == 127) {
            return String.format("control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
