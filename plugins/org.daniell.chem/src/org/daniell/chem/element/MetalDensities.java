package org.daniell.chem.element;

import org.daniell.chem.data.TsvTable;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Room-temperature densities of metals and metalloids used as anodes, alloy hosts or collectors, from the CRC
 * Handbook of Chemistry and Physics (see {@code metal-densities.tsv}).
 */
public final class MetalDensities {

    private static final Map<Element, Double> DENSITY = TsvTable.read(MetalDensities.class, "metal-densities.tsv", row -> row)
            .stream()
            .collect(Collectors.toUnmodifiableMap(row -> PeriodicTable.element(row.get("symbol")),
                    row -> row.number("density")));

    private MetalDensities() {
    }

    /** @return the density of the solid element in g/cm³, if tabulated */
    public static OptionalDouble gramsPerCubicCentimetre(Element element) {
        Double value = DENSITY.get(element);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
