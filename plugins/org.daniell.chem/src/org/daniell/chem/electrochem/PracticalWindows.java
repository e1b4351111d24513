package org.daniell.chem.electrochem;

import org.daniell.chem.data.TsvTable;

import java.util.List;
import java.util.Optional;

/** The table of practical windows and limits from the seeds, {@code practical-windows.tsv}. */
public final class PracticalWindows {

    private static final List<PracticalWindow> TABLE = TsvTable.read(PracticalWindows.class, "practical-windows.tsv",
            row -> {
                String ref = row.get("reference");
                return new PracticalWindow(row.get("id"), row.get("electrolyte"),
                        PracticalWindow.Measure.valueOf(row.get("measure")),
                        PracticalWindow.Relation.valueOf(row.get("relation")), row.number("value_V"),
                        ref.isEmpty() ? Optional.empty() : Optional.of(ReferenceElectrode.valueOf(ref)),
                        row.get("source"), row.get("quote"));
            });

    private PracticalWindows() {
    }

    /** All rows, in file order. */
    public static List<PracticalWindow> all() {
        return TABLE;
    }

    /** The row with this id. */
    public static Optional<PracticalWindow> find(String id) {
        return TABLE.stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
