package org.daniell.chem.unit;

/**
 * What a dimensionless fraction is a fraction <em>of</em>.
 *
 * <p>wt%, at% and vol% are all dimensionless and all equal 1/100 to Indriya, which (correctly, as far
 * as dimensions go) converts any one into any other with factor 1. Chemistry does not: 10 wt% Li in
 * Al is not 10 at%. Converting between bases needs molar masses or densities, which is a chemistry
 * computation, not a unit conversion. So the basis travels beside the Indriya unit in
 * {@link WrittenUnit#basis()}, and {@link QuantityCheck} refuses a fraction whose basis differs from
 * the one the {@link Kind} expects ({@link UnitProblem.BasisMismatch}).
 */
public enum FractionBasis {
    /** No basis stated: a plain ratio, {@code %}, {@code ppm}, or a non-fraction unit. */
    NONE("", "ratio"),
    /** Mass fraction: {@code wt%} (also written {@code wt.%}). */
    MASS("wt", "mass fraction"),
    /** Amount (atom or mole) fraction: {@code at%}, {@code at.%}, {@code mol%}. */
    AMOUNT("at", "amount fraction"),
    /** Volume fraction: {@code vol%} (also {@code vol.%}). */
    VOLUME("vol", "volume fraction");

    private final String prefix;
    private final String description;

    FractionBasis(String prefix, String description) {
        this.prefix = prefix;
        this.description = description;
    }

    /** The prefix written before {@code %} for this basis ({@code "wt"}, {@code "at"}, {@code "vol"}), empty for {@link #NONE}. */
    public String prefix() {
        return prefix;
    }

    /** A short human description, e.g. {@code "mass fraction"}. */
    public String description() {
        return description;
    }
}
