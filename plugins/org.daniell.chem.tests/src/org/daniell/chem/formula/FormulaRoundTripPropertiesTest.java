package org.daniell.chem.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property group: printing then parsing gives back an equal formula. */
class FormulaRoundTripPropertiesTest {

    @Provide
    Arbitrary<ChemicalFormula> formulas() {
        return Arbitraries.randomValue(RandomFormulas::formula);
    }

    @Property(tries = 3000)
    @Label("parse(toString(f)) equals f for random structures (groups, shares, adducts, charges, deviations)")
    void printedFormulaParsesBackEqual(@ForAll("formulas") ChemicalFormula formula) {
        String text = formula.toString();
        ParseResult<ChemicalFormula> reparsed = ChemicalFormula.parse(text);
        assertTrue(reparsed.isSuccess(), () -> text + " -> " + reparsed.errors());
        assertEquals(formula, reparsed.optionalValue().orElseThrow(), text);
    }

    @Property(tries = 1000)
    @Label("the canonical text is a fixed point: print(parse(print(f))) equals print(f)")
    void canonicalTextIsStable(@ForAll("formulas") ChemicalFormula formula) {
        String text = formula.toString();
        assertEquals(text, ChemicalFormula.of(text).toString());
    }

    @Property(tries = 1000)
    @Label("molar mass survives the round trip exactly")
    void molarMassSurvivesRoundTrip(@ForAll("formulas") ChemicalFormula formula) {
        assertEquals(formula.molarMass(), ChemicalFormula.of(formula.toString()).molarMass(), 0.0);
    }
}
