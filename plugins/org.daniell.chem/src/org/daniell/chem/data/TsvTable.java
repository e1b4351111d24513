package org.daniell.chem.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the tab-separated data tables shipped beside the kernel's classes: {@code #} lines are comments
 * (each table names the sources of its columns there), the first other line names the columns. A
 * malformed table is a packaging defect, not bad user input, so it fails loudly.
 */
public final class TsvTable {

    private TsvTable() {
    }

    /** One row: column name → cell text (empty string for an empty cell). */
    public record Row(String resource, int line, Map<String, String> cells) {

        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalStateException(resource + ":" + line + ": no column '" + column + "'");
            }
            return v.strip();
        }

        public int integer(String column) {
            return Integer.parseInt(get(column));
        }

        public double number(String column) {
            return Double.parseDouble(get(column).replace('\u2212', '-'));
        }

        /** The number in {@code column}, or NaN where the table has "-" or nothing. */
        public double optionalNumber(String column) {
            String cell = get(column);
            return cell.isEmpty() || cell.equals("-") ? Double.NaN : number(column);
        }

        /** The cell text, or "" where the table has "-". */
        public String optional(String column) {
            String cell = get(column);
            return cell.equals("-") ? "" : cell;
        }
    }

    /** Reads {@code resource} (relative to {@code anchor}'s package) and maps every row. */
    public static <T> List<T> read(Class<?> anchor, String resource, Function<Row, T> mapper) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resource + " beside " + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            String[] header = null;
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ":" + line + ": " + cells.length + " cells, header has "
                            + header.length);
                }
                String[] h = header;
                Map<String, String> map = IntStream.range(0, h.length).boxed()
                        .collect(Collectors.toMap(i -> h[i], i -> cells[i]));
                try {
                    rows.add(mapper.apply(new Row(resource, line, map)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + line + ": " + e.getMessage(), e);
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a comma-separated cell into trimmed, non-empty items. */
    public static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
