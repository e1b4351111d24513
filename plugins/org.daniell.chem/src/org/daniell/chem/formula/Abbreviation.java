package org.daniell.chem.formula;

import java.util.Map;

import org.daniell.chem.element.Element;

/**
 * A conventional abbreviation for a polyatomic ion that chemists write inside formulas, e.g. {@code TFSI} in
 * {@code LiTFSI} or {@code OTf} in {@code Zn(OTf)2}.
 *
 * @param text        the abbreviation as written (case-sensitive)
 * @param name        the ion's name
 * @param composition element amounts of one ion
 * @param charge      formal charge of the ion
 */
public record Abbreviation(String text, String name, Map<Element, Double> composition, int charge) {

    public Abbreviation {
        composition = Map.copyOf(composition);
    }
}
