package org.daniell.chem.element;

import org.daniell.chem.data.TsvTable;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Lookup of {@link OxidationStates}, loaded from {@code oxidation-states.tsv}. */
public final class OxidationStateTable {

    private static final Map<Element, OxidationStates> TABLE = load();

    private OxidationStateTable() {
    }

    private static Map<Element, OxidationStates> load() {
        Map<Element, OxidationStates> map = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(OxidationStateTable.class, "oxidation-states.tsv", r -> r)) {
            Element element = PeriodicTable.element(row.get("symbol"));
            List<String> cells = TsvTable.list(row.get("states"));
            List<Integer> states = cells.stream().map(c -> Integer.parseInt(c.replace("(", "").replace(")", "")))
                    .sorted().toList();
            List<Integer> rare = cells.stream().filter(c -> c.startsWith("("))
                    .map(c -> Integer.parseInt(c.substring(1, c.length() - 1))).toList();
            map.put(element, new OxidationStates(element, states, rare, optionalInt(row.get("cation_default")), optionalInt(row.get("anion_default"))));
        }
        return Collections.unmodifiableMap(map);
    }

    private static OptionalInt optionalInt(String cell) {
        return cell.equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell.trim()));
    }

    /** @return the oxidation states of the element, if tabulated (every element of {@link PeriodicTable} is) */
    public static Optional<OxidationStates> of(Element element) {
        return Optional.ofNullable(TABLE.get(element));
    }
}
