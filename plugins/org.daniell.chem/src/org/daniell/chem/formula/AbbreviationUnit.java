package org.daniell.chem.formula;

import java.util.Map;

import org.daniell.chem.element.Element;

/**
 * An abbreviation with its amount, e.g. {@code TFSI2} in {@code Mg(TFSI)2} is a group, {@code OTf} alone is this.
 *
 * @param abbreviation the abbreviation
 * @param amount       amount, &gt; 0
 */
public record AbbreviationUnit(Abbreviation abbreviation, double amount) implements FormulaUnit {

    public AbbreviationUnit {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be positive and finite: " + amount);
        }
    }

    @Override
    public void addAmounts(double factor, Map<Element, Double> into) {
        abbreviation.composition().forEach((element, n) -> into.merge(element, factor * amount * n, Double::sum));
    }
}
