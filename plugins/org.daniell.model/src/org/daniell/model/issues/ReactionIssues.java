package org.daniell.model.issues;

/** Mass and charge balance of the half-reactions an electrode declares (ARCHITECTURE "Charge balance", level 3). */
public final class ReactionIssues {

    public static final Issue MASS_UNBALANCED = new Issue("reaction.mass-unbalanced", Severity.ERROR,
            "The half-reaction does not balance in {0} (products minus reactants: {1}).",
            "Atoms are conserved: every element must appear in the same amount on both sides of a half-reaction. "
                    + "Capacities, ion inventories and salt consumption are derived from the reactions, so an "
                    + "unbalanced one makes them wrong.",
            "IUPAC Gold Book, 'half-reaction'; shared/ARCHITECTURE.md 'Charge balance, at every level' (3)");

    public static final Issue CHARGE_UNBALANCED = new Issue("reaction.charge-unbalanced", Severity.ERROR,
            "The half-reaction does not balance in charge: the products carry {0} more than the reactants (electrons "
                    + "included).",
            "Charge is conserved: ions and electrons on the two sides must carry the same total charge. The electron "
                    + "count per formula unit also sets the capacity.",
            "IUPAC Gold Book, 'half-reaction'; shared/ARCHITECTURE.md 'Charge balance, at every level' (3)");

    private ReactionIssues() {
    }
}
