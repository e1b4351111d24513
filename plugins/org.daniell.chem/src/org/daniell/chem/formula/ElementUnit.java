package org.daniell.chem.formula;

import java.util.Map;

import org.daniell.chem.element.Element;

/**
 * An element symbol with its amount, e.g. {@code Fe0.5} or {@code O3-δ}.
 *
 * @param element   the element
 * @param amount    the (nominal) amount, &gt; 0; 1 when no number was written
 * @param deviation a symbolic deviation from the nominal amount, {@link AmountDeviation#NONE} if none
 */
public record ElementUnit(Element element, double amount, AmountDeviation deviation) implements FormulaUnit {

    public ElementUnit {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be positive and finite: " + amount);
        }
    }

    /** An element with an exact amount. */
    public static ElementUnit of(Element element, double amount) {
        return new ElementUnit(element, amount, AmountDeviation.NONE);
    }

    @Override
    public void addAmounts(double factor, Map<Element, Double> into) {
        into.merge(element, factor * amount, Double::sum);
    }
}
