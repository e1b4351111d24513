package org.daniell.chem.electrochem;

import org.daniell.chem.data.TsvTable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference-electrode table, {@code reference-electrodes.tsv}: label, spellings, how its potential vs SHE is
 * obtained, and the source. Loaded once; every {@link ReferenceElectrode} has exactly one row.
 */
public final class ReferenceElectrodes {

    /** How a reference's potential vs SHE is obtained. */
    public enum Basis {
        /** The standard potential of a couple in {@code standard-potentials.tsv}. */
        COUPLE,
        /** A fixed measured value (Ag/AgCl, SCE, Hg/HgO). */
        FIXED,
        /** −(RT ln10/F)·pH (the RHE). */
        RHE
    }

    /**
     * One row of the table.
     *
     * @param electrode the reference
     * @param label the label used in reports
     * @param aliases other spellings accepted by {@link ReferenceElectrode#parse(String)}
     * @param basis how the potential vs SHE is obtained
     * @param fixedVolts the value for {@link Basis#FIXED}
     * @param coupleId the standard-potential row for {@link Basis#COUPLE}
     * @param source where the value comes from
     */
    public record Definition(ReferenceElectrode electrode, String label, List<String> aliases, Basis basis,
            Optional<Double> fixedVolts, Optional<String> coupleId, String source) {
    }

    private static final Map<ReferenceElectrode, Definition> TABLE = load();

    private ReferenceElectrodes() {
    }

    private static Map<ReferenceElectrode, Definition> load() {
        Map<ReferenceElectrode, Definition> map = new EnumMap<>(ReferenceElectrode.class);
        for (Definition d : TsvTable.read(ReferenceElectrodes.class, "reference-electrodes.tsv", row -> {
            Basis basis = Basis.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
            String value = row.get("value_V");
            String couple = row.get("couple");
            return new Definition(ReferenceElectrode.valueOf(row.get("id")), row.get("label"),
                    TsvTable.list(row.get("aliases")), basis,
                    value.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(value)),
                    couple.isEmpty() ? Optional.empty() : Optional.of(couple), row.get("source"));
        })) {
            if (map.put(d.electrode(), d) != null) {
                throw new IllegalStateException("reference-electrodes.tsv: duplicate row " + d.electrode());
            }
        }
        for (ReferenceElectrode r : ReferenceElectrode.values()) {
            if (!map.containsKey(r)) {
                throw new IllegalStateException("reference-electrodes.tsv: no row for " + r);
            }
        }
        return map;
    }

    /** The row for {@code electrode}. */
    public static Definition definition(ReferenceElectrode electrode) {
        return TABLE.get(electrode);
    }

    /** All rows, in enum order. */
    public static List<Definition> all() {
        return List.copyOf(TABLE.values());
    }
}
