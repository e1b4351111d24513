package org.daniell.chem.electrochem;

import org.daniell.chem.data.TsvTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The table of standard reduction potentials, {@code standard-potentials.tsv}: every couple the seed
 * papers use, with E° vs SHE at 25 °C from the CRC Handbook's "Electrochemical Series" and, per row, the value
 * the seed prints.
 */
public final class StandardPotentials {

    private static final Map<String, StandardPotential> TABLE = load();

    private StandardPotentials() {
    }

    private static Map<String, StandardPotential> load() {
        Map<String, StandardPotential> map = new LinkedHashMap<>();
        for (StandardPotential p : TsvTable.read(StandardPotentials.class, "standard-potentials.tsv", row -> {
            String ph = row.get("standard_pH");
            return StandardPotential.of(row.get("id"), row.get("half_reaction"), row.get("oxidized"),
                    row.get("reduced"), row.integer("electrons"), row.integer("protons"),
                    ph.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(ph)),
                    row.number("E0_V"), row.get("source"), row.get("note"));
        })) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalStateException("standard-potentials.tsv: duplicate id " + p.id());
            }
        }
        return map;
    }

    /** All rows, in file order. */
    public static List<StandardPotential> all() {
        return List.copyOf(TABLE.values());
    }

    /** The row with this id. */
    public static Optional<StandardPotential> find(String id) {
        return Optional.ofNullable(TABLE.get(id));
    }

    /** The row with this id; a missing id is a programming error. */
    public static StandardPotential require(String id) {
        StandardPotential p = TABLE.get(id);
        if (p == null) {
            throw new NoSuchElementException("no standard potential '" + id + "'");
        }
        return p;
    }

    /** Rows whose couple is {@code oxidized}/{@code reduced} as written in the table ({@code "Zn[2+]"}, {@code "Zn"}). */
    public static List<StandardPotential> forCouple(String oxidized, String reduced) {
        return TABLE.values().stream().filter(p -> p.oxidized().equals(oxidized) && p.reduced().equals(reduced))
                .toList();
    }
}
