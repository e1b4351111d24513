package org.daniell.chem.neutrality;

/**
 * The oxygen deficiency δ (formula O(n-δ)) that makes a formula neutral. Removing δ O2- raises the charge by 2δ.
 *
 * @param minimumDelta             smallest δ &gt;= 0 for which some allowed states balance (0 if none is needed)
 * @param maximumDelta             largest δ for which some allowed states balance, capped below the O amount
 * @param deltaAtDefaultValences   δ that balances with the default valences (negative: defaults need excess O)
 * @param feasible                 true if {@code minimumDelta <= maximumDelta}
 */
public record OxygenVacancy(double minimumDelta, double maximumDelta, double deltaAtDefaultValences,
                            boolean feasible) {
}
