package org.daniell.chem.formula;

import java.util.Map;

import org.daniell.chem.element.Element;

/** One written unit of a formula: an element with its amount, a bracketed group, or an abbreviation. */
public sealed interface FormulaUnit permits ElementUnit, GroupUnit, AbbreviationUnit {

    /** Adds {@code factor} times the element amounts of this unit to {@code into}. */
    void addAmounts(double factor, Map<Element, Double> into);
}
