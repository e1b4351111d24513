package org.daniell.chem.formula;

/**
 * A symbolic, unknown deviation from a nominal amount, as in {@code O3-δ} (oxygen deficiency),
 * {@code Li1-xCoO2} or {@code O5+δ}. Molar masses use the nominal amount; the neutrality check can solve for δ.
 */
public enum AmountDeviation {
    /** The amount is exactly as written. */
    NONE(""),
    /** The amount is the nominal amount minus an unknown δ &gt;= 0 ({@code O3-δ}, {@code O3-x}, {@code O3-d}). */
    MINUS_DELTA("-δ"),
    /** The amount is the nominal amount plus an unknown δ &gt;= 0 ({@code O5+δ}). */
    PLUS_DELTA("+δ");

    private final String canonical;

    AmountDeviation(String canonical) {
        this.canonical = canonical;
    }

    /** @return the canonical spelling used by {@link ChemicalFormula#toString()} */
    public String canonical() {
        return canonical;
    }
}
