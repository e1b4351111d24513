package org.daniell.chem.neutrality;

/**
 * The (possibly mean, mixed-valence) oxidation state given to one term in a balancing assignment.
 *
 * @param term  the term
 * @param state oxidation state per atom; non-integer values are mixed valence (Ni 2.7375 = Ni2+/Ni3+ mix)
 */
public record AssignedState(ChargeTerm term, double state) {

    /** @return the charge this term contributes per formula unit */
    public double contribution() {
        return term.amount() * state;
    }
}
