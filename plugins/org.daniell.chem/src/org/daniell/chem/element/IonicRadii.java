package org.daniell.chem.element;

import org.daniell.chem.data.TsvTable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Shannon (1976) effective ionic radii, loaded from {@code shannon-radii.tsv}. */
public final class IonicRadii {

    private static final List<IonicRadius> RADII = TsvTable.read(IonicRadii.class, "shannon-radii.tsv",
            row -> new IonicRadius(PeriodicTable.element(row.get("symbol")), row.integer("charge"),
                    row.integer("cn"), row.optional("spin"), row.number("radius"), row.get("common").equals("yes")));

    private IonicRadii() {
    }

    /** @return the radius of the ion in its common coordination (see the table header for the convention) */
    public static Optional<IonicRadius> commonRadius(Element element, int charge) {
        return RADII.stream().filter(r -> r.element() == element && r.charge() == charge && r.common()).findFirst();
    }

    /**
     * @return the radius for this coordination; where Shannon lists high and low spin, the high-spin entry
     */
    public static Optional<IonicRadius> radius(Element element, int charge, int coordination) {
        return RADII.stream()
                .filter(r -> r.element() == element && r.charge() == charge && r.coordination() == coordination)
                .min(Comparator.comparing((IonicRadius r) -> r.spin().equals("LS")));
    }

    /** @return every tabulated entry */
    public static List<IonicRadius> all() {
        return RADII;
    }
}
