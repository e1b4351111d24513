package org.daniell.chem.composition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/** Mass and atom fractions of the elements of a formula (adducts included). */
public final class CompositionFractions {

    private CompositionFractions() {
    }

    /** @return amount_i / Σ amounts, over all atoms of the formula unit */
    public static Map<Element, Double> atomFractions(ChemicalFormula formula) {
        Map<Element, Double> amounts = formula.elementAmounts();
        double total = formula.atomCount();
        Map<Element, Double> fractions = new LinkedHashMap<>();
        amounts.forEach((e, n) -> fractions.put(e, n / total));
        return Collections.unmodifiableMap(fractions);
    }

    /** @return amount_i × Ar_i / M, using IUPAC CIAAW 2021 standard atomic weights */
    public static Map<Element, Double> massFractions(ChemicalFormula formula) {
        double molarMass = formula.molarMass();
        Map<Element, Double> fractions = new LinkedHashMap<>();
        formula.elementAmounts().forEach((e, n) -> fractions.put(e, n * e.atomicWeight() / molarMass));
        return Collections.unmodifiableMap(fractions);
    }
}
