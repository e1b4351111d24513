package org.daniell.chem.element;

import org.daniell.chem.data.TsvTable;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The elements H-Bi, Th, Pa and U with IUPAC CIAAW 2021 standard atomic weights, loaded from {@code elements.tsv}
 * (the header of that file names the source of every column).
 */
public final class PeriodicTable {

    private static final Map<String, Element> BY_SYMBOL = load();

    private PeriodicTable() {
    }

    private static Map<String, Element> load() {
        Map<String, Element> map = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(PeriodicTable.class, "elements.tsv", r -> r)) {
            Element element = new Element(
                    row.integer("Z"), row.get("symbol"), row.get("name"), row.number("weight"),
                    AtomicWeightKind.valueOf(switch (row.get("kind")) {
                        case "single" -> "SINGLE";
                        case "conventional" -> "CONVENTIONAL";
                        case "massnumber" -> "MASS_NUMBER";
                        default -> throw new IllegalStateException("bad weight kind in elements.tsv: " + row.get("kind"));
                    }),
                    row.optionalNumber("chi"), ElementCategory.fromTableName(row.get("category")));
            map.put(element.symbol(), element);
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the element with this exact (case-sensitive) symbol, if the table has it */
    public static Optional<Element> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** @return the element with this atomic number, if the table has it */
    public static Optional<Element> byAtomicNumber(int z) {
        return BY_SYMBOL.values().stream().filter(e -> e.atomicNumber() == z).findFirst();
    }

    /**
     * Element for a symbol that the caller knows is valid (constants in code).
     *
     * @throws IllegalArgumentException if the symbol is not in the table
     */
    public static Element element(String symbol) {
        Element element = BY_SYMBOL.get(symbol);
        if (element == null) {
            throw new IllegalArgumentException("no element with symbol " + symbol);
        }
        return element;
    }

    /** @return all elements in order of atomic number */
    public static Collection<Element> all() {
        return BY_SYMBOL.values();
    }
}
