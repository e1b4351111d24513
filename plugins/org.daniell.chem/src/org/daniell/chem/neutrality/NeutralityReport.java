package org.daniell.chem.neutrality;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of the charge-neutrality check of one formula (seed-003-004 §3.3 algorithm).
 *
 * @param terms             the terms with their roles and allowed states
 * @param targetCharge      the formula's written charge (0 for a neutral compound)
 * @param minimumCharge     Σ amount × lowest allowed state
 * @param maximumCharge     Σ amount × highest allowed state
 * @param defaultCharge     Σ amount × default state
 * @param feasibleWithUsualStates true if the target is reachable without uncommon states (Ni4+, S2 2-, ...)
 * @param metallic          true for elements and alloys (no anion): neutrality is not a question
 * @param formalChargesIndicative true when the anions are covalent-bonding elements (P, As, Si, C, Te, Sb, H):
 *                          phosphides, tellurides, carbides; a failed balance there is a warning, not an error
 * @param assignments       balancing assignments (empty if infeasible); the first equals the defaults if they balance
 * @param oxygenVacancy     the balancing oxygen deficiency, if the formula has oxide anions
 */
public record NeutralityReport(List<ChargeTerm> terms, int targetCharge, double minimumCharge, double maximumCharge,
                               double defaultCharge, boolean feasibleWithUsualStates, boolean metallic, boolean formalChargesIndicative,
                               List<ValenceAssignment> assignments, Optional<OxygenVacancy> oxygenVacancy) {

    /** Absolute tolerance on charge sums. */
    public static final double TOLERANCE = 1e-9;

    public NeutralityReport {
        terms = List.copyOf(terms);
        assignments = List.copyOf(assignments);
    }

    /** @return true if some choice of allowed (mean) states gives the target charge: min &lt;= target &lt;= max */
    public boolean feasible() {
        return minimumCharge <= targetCharge + TOLERANCE && targetCharge - TOLERANCE <= maximumCharge;
    }

    /** @return default charge minus target: &gt; 0 means the defaults are too positive */
    public double defaultResidual() {
        return defaultCharge - targetCharge;
    }

    /** @return true if the default valences already balance */
    public boolean balancedWithDefaults() {
        return Math.abs(defaultResidual()) <= TOLERANCE;
    }

    /** @return how much positive charge is missing even at the highest states (0 if none) */
    public double positiveShortfall() {
        return Math.max(0, targetCharge - maximumCharge);
    }

    /** @return how much positive charge is in excess even at the lowest states (0 if none) */
    public double positiveExcess() {
        return Math.max(0, minimumCharge - targetCharge);
    }
}
