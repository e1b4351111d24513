package org.daniell.chem.neutrality;

import java.util.List;

import org.daniell.chem.element.Element;

/**
 * One written occurrence of an element (or of a polyatomic unit such as CN or TFSI) with the oxidation states it may
 * take in the neutrality check. Two occurrences of one element (the two Fe of {@code KFe[Fe(CN)6]}) are separate
 * terms.
 *
 * @param label        text naming the term, e.g. {@code "Fe"} or {@code "CN"}
 * @param element      the element, or null for a polyatomic unit
 * @param amount       amount per formula unit (group multipliers and adduct coefficients applied)
 * @param role         cation, anion or neutral
 * @param allowed      allowed oxidation states (per atom or per unit), ascending
 * @param defaultState the state used for the default-valence residual
 */
public record ChargeTerm(String label, Element element, double amount, ChargeRole role, List<Integer> allowed,
                         int defaultState) {

    public ChargeTerm {
        allowed = List.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("a term needs at least one allowed state");
        }
    }

    /** @return the lowest allowed state */
    public int minimum() {
        return allowed.get(0);
    }

    /** @return the highest allowed state */
    public int maximum() {
        return allowed.get(allowed.size() - 1);
    }

    /** @return true if only one state is allowed */
    public boolean isFixed() {
        return minimum() == maximum();
    }
}
