package org.daniell.chem.neutrality;

/** Whether a term of a formula carries positive or negative formal charge in the neutrality check. */
public enum ChargeRole {
    /** Metals, and nonmetals bound to a more electronegative nonmetal (S in SO4, P in PO4, H in H2O). */
    CATION,
    /** The most electronegative nonmetals of their group (O, F, S in sulfides, P in phosphides, CN as a unit). */
    ANION,
    /** Elements in an elemental substance or an alloy: formal charge 0. */
    NEUTRAL
}
