package org.daniell.chem.element;

import java.util.List;
import java.util.OptionalInt;

/**
 * The common oxidation states of one element (Greenwood &amp; Earnshaw, Chemistry of the Elements, 2nd ed.; see
 * {@code oxidation-states.tsv} for the curation rules).
 *
 * @param element        the element
 * @param common         common oxidation states, ascending, including the uncommon ones in {@code rare}
 * @param rare           states in {@code common} that are allowed but uncommon (Ni4+, Mn7+ ...)
 * @param cationDefault  default state when the element acts as a cation, if it can
 * @param anionDefault   default state when the element acts as an anion, if it can
 */
public record OxidationStates(Element element, List<Integer> common, List<Integer> rare, OptionalInt cationDefault,
                              OptionalInt anionDefault) {

    public OxidationStates {
        common = List.copyOf(common);
        rare = List.copyOf(rare);
        if (!common.containsAll(rare)) {
            throw new IllegalArgumentException("rare states must be common states too");
        }
    }

    /** @return the common states without the rare ones */
    public List<Integer> usual() {
        return common.stream().filter(s -> !rare.contains(s)).toList();
    }

    /** @return true if the element has a common negative oxidation state (O, F, S, N, P, halogens, H, C, Si ...). */
    public boolean isAnionCapable() {
        return anionDefault.isPresent();
    }

    /** @return true if the element has a common positive (or zero, for noble gases) state. */
    public boolean isCationCapable() {
        return cationDefault.isPresent();
    }

    /** @return the common states that are &gt;= 0 */
    public List<Integer> nonNegative() {
        return common.stream().filter(s -> s >= 0).toList();
    }

    /** @return the common states that are &lt; 0 */
    public List<Integer> negative() {
        return common.stream().filter(s -> s < 0).toList();
    }
}
