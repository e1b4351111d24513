package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text report: labels in a first column, values after them, and small tables whose first column shares
 * the label column.
 *
 * <pre>
 * Molar mass            86.94 g/mol
 *
 * Composition           amount  atom %  mass %
 *   Mn                       1   33.33   63.19
 * </pre>
 */
final class TextReport {

    /** Width of the label column, gap included. */
    static final int LABEL_WIDTH = 22;

    private final List<String> lines = new ArrayList<>();

    /** Adds {@code label value}, the value starting in the value column. */
    TextReport row(String label, String value) {
        lines.add(pad(label, labelWidth(label)) + value);
        return this;
    }

    /** Adds an indented row under the previous one. */
    TextReport detail(String label, String value) {
        return row("  " + label, value);
    }

    /** Adds an empty line (never two in a row, never first). */
    TextReport blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
        return this;
    }

    /**
     * Adds a table. The header's first cell is the section title in the label column; each row's first cell is
     * indented under it. {@code align} has one letter per column, {@code l} or {@code r}; the first column is
     * always left-aligned.
     */
    TextReport table(List<String> header, List<List<String>> rows, String align) {
        int columns = header.size();
        int[] widths = new int[columns];
        widths[0] = LABEL_WIDTH;
        for (int c = 1; c < columns; c++) {
            widths[c] = header.get(c).length();
        }
        for (List<String> row : rows) {
            widths[0] = Math.max(widths[0], row.get(0).length() + 4);
            for (int c = 1; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        lines.add(line(header, widths, align, ""));
        for (List<String> row : rows) {
            lines.add(line(row, widths, align, "  "));
        }
        return this;
    }

    private static String line(List<String> cells, int[] widths, String align, String indent) {
        StringBuilder text = new StringBuilder(pad(indent + cells.get(0), widths[0]));
        for (int c = 1; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean right = c < align.length() && align.charAt(c) == 'r';
            text.append(right ? " ".repeat(widths[c] - cell.length()) + cell : pad(cell, widths[c]));
            if (c < cells.size() - 1) {
                text.append("  ");
            }
        }
        return text.toString().stripTrailing();
    }

    private static int labelWidth(String label) {
        return Math.max(LABEL_WIDTH, label.length() + 2);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Prints the report, trailing blank lines left out. */
    void printTo(PrintWriter out) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        lines.subList(0, end).forEach(out::println);
        out.flush();
    }
}
