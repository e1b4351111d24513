package org.daniell.chem.composition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.daniell.chem.element.Element;

/**
 * One crystallographic site (sublattice) of a formula unit with the elements that share it.
 *
 * @param label        text naming the site, e.g. {@code "(CrMnFeCoNi)3"} or {@code "cation"}
 * @param multiplicity number of such sites per formula unit (3 for the cation site of a spinel M3O4)
 * @param occupants    amount of each element on the site per formula unit (0.6 each in (CrMnFeCoNi)3O4)
 */
public record Sublattice(String label, double multiplicity, Map<Element, Double> occupants) {

    /** Occupancy above the multiplicity that is still accepted as rounding (seed-003-004 rule C-03). */
    public static final double OCCUPANCY_TOLERANCE = 0.005;

    public Sublattice {
        occupants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(occupants));
        if (!(multiplicity > 0)) {
            throw new IllegalArgumentException("multiplicity must be positive: " + multiplicity);
        }
    }

    /** @return Σ amounts on the site */
    public double occupancy() {
        return occupants.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** @return occupancy above the multiplicity (0 if within) */
    public double excess() {
        return Math.max(0, occupancy() - multiplicity);
    }

    /** @return vacancies per formula unit: multiplicity minus occupancy (0 if full or over-full) */
    public double vacancies() {
        return Math.max(0, multiplicity - occupancy());
    }

    /** @return true if the occupancy exceeds the multiplicity by more than {@link #OCCUPANCY_TOLERANCE} */
    public boolean isOverfilled() {
        return occupancy() > multiplicity + OCCUPANCY_TOLERANCE;
    }

    /**
     * Site fractions: amount / occupancy, so they sum to one over the elements present; with
     * {@code vacancyAsSpecies}, amount / multiplicity, and the vacancies are returned under the key {@code null}.
     */
    public Map<Element, Double> siteFractions(boolean vacancyAsSpecies) {
        Map<Element, Double> fractions = new LinkedHashMap<>();
        double basis = vacancyAsSpecies ? Math.max(multiplicity, occupancy()) : occupancy();
        occupants.forEach((e, n) -> fractions.put(e, n / basis));
        if (vacancyAsSpecies && vacancies() > 0) {
            fractions.put(null, vacancies() / basis);
        }
        return fractions;
    }
}
