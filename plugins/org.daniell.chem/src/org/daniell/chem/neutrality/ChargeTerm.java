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
 * @param usual        the allowed states that are not uncommon (balancing tries these first), ascending
 * @param defaultState the state used for the default-valence residual
 */
public record ChargeTerm(String label, Element element, double amount, ChargeRole role, List<Integer> allowed,
                         List<Integer> usual, int defaultState) {

    public ChargeTerm {
        allowed = List.copyOf(allowed);
        usual = List.copyOf(usual);
        if (allowed.isEmpty() || usual.isEmpty() || !allowed.containsAll(usual)) {
            throw new IllegalArgumentException("a term needs allowed states, and usual states among them");
        }
    }

    /** A term whose allowed states are all usual. */
    public ChargeTerm(String label, Element element, double amount, ChargeRole role, List<Integer> allowed,
                      int defaultState) {
        this(label, element, amount, role, allowed, allowed, defaultState);
    }

    /** @return the lowest usual state */
    public int usualMinimum() {
        return usual.get(0);
    }

    /** @return the highest usual state */
    public int usualMaximum() {
        return usual.get(usual.size() - 1);
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
