package org.daniell.chem.reaction;

/** The arrow between the two sides of a reaction, as written. */
public enum Arrow {
    /** {@code ->}, {@code →}, {@code ⟶}, {@code =>}, {@code =} */
    FORWARD("->"),
    /** {@code ⇌}, {@code <=>}, {@code <->}, {@code ⇄}, {@code ↔} */
    EQUILIBRIUM("<=>");

    private final String canonical;

    Arrow(String canonical) {
        this.canonical = canonical;
    }

    /** @return the ASCII spelling used by {@link Reaction#toString()} */
    public String canonical() {
        return canonical;
    }
}
