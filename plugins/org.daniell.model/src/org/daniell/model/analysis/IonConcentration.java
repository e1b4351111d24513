package org.daniell.model.analysis;

import java.util.Optional;

import org.daniell.chem.ion.Ion;
import org.daniell.model.design.Constituent;

/**
 * One ion a constituent of an electrolyte dissolves into.
 *
 * @param perFormulaUnit ν, ions per formula unit of the constituent (2 for Cl⁻ in ZnCl2)
 * @param concentration  ν × the constituent's stated concentration (molarity or molality), when stated
 */
public record IonConcentration(Ion ion, double perFormulaUnit, Constituent constituent,
        Optional<Figure> concentration) {
}
