package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.util.List;

import org.daniell.chem.formula.FormulaError;
import org.daniell.chem.formula.FormulaWarning;

/**
 * Shows where a formula or reaction is wrong: the input, a line with {@code ^} under the offending characters, and
 * the message.
 *
 * <pre>
 *   Li(CoO2
 *     ^
 * daniell: cannot read the formula: unclosed '('
 * </pre>
 */
final class CaretPrinter {

    private static final String INDENT = "  ";

    private CaretPrinter() {
    }

    /** Prints every error of {@code text}; {@code what} names the input, e.g. "the formula". */
    static void errors(PrintWriter err, String text, String what, List<FormulaError> errors) {
        for (FormulaError error : errors) {
            print(err, text, error.offset(), error.length(), "daniell: cannot read " + what + ": " + error.message());
        }
    }

    /** Prints the assumptions made while reading {@code text}. */
    static void warnings(PrintWriter out, String text, List<FormulaWarning> warnings) {
        for (FormulaWarning warning : warnings) {
            print(out, text, warning.offset(), warning.length(), "warning: " + warning.message());
        }
    }

    private static void print(PrintWriter out, String text, int offset, int length, String message) {
        String shown = text.replaceAll("[\\r\\n]", " ");
        out.println(INDENT + shown);
        out.println(INDENT + caretLine(shown, offset, length));
        out.println(message);
    }

    /**
     * @return spaces up to {@code offset} (tabs kept, so the caret lines up), then one {@code ^} per offending
     *     character; a single {@code ^} for "something is missing here" (length 0) or past the end
     */
    static String caretLine(String text, int offset, int length) {
        int start = Math.max(0, Math.min(offset, text.length()));
        int carets = Math.max(1, Math.min(length, text.length() - start));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < start; i++) {
            line.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return line.append("^".repeat(carets)).toString();
    }
}
