package org.daniell.chem.reaction;

import org.daniell.chem.formula.ChemicalFormula;

/**
 * A species with its stoichiometric coefficient on one side of a reaction.
 *
 * @param coefficient &gt; 0
 * @param formula     the species ({@link ChemicalFormula#electron()} for e-)
 */
public record ReactionSpecies(double coefficient, ChemicalFormula formula) {

    public ReactionSpecies {
        if (!(coefficient > 0) || Double.isInfinite(coefficient)) {
            throw new IllegalArgumentException("coefficient must be positive and finite: " + coefficient);
        }
    }

    /** @return this species with the coefficient multiplied by {@code factor} */
    public ReactionSpecies scaled(double factor) {
        return new ReactionSpecies(coefficient * factor, formula);
    }
}
