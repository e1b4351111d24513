package org.daniell.chem.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Property group: molar mass is additive over the written units. */
class MolarMassAdditivityPropertiesTest {

    private static final double RELATIVE = 1e-12;

    @Provide
    Arbitrary<ChemicalFormula> neutralSinglePart() {
        return Arbitraries.randomValue(random -> RandomFormulas.formula(random, false, false));
    }

    @Provide
    Arbitrary<String> explicitTokens() {
        return Arbitraries.randomValue(RandomFormulas::explicitTokens);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1, Math.abs(expected)), what);
    }

    @Property(tries = 2000)
    @Label("M(AB) = M(A) + M(B) for the text of A followed by B (explicit amounts)")
    void concatenatedTextIsAdditive(@ForAll("explicitTokens") String a, @ForAll("explicitTokens") String b) {
        double sum = ChemicalFormula.of(a).molarMass() + ChemicalFormula.of(b).molarMass();
        assertClose(sum, ChemicalFormula.of(a + b).molarMass(), a + " | " + b);
    }

    @Property(tries = 2000)
    @Label("M(AB) = M(A) + M(B) for any two structures joined and read back from text")
    void joinedStructuresAreAdditive(@ForAll("neutralSinglePart") ChemicalFormula a,
                                     @ForAll("neutralSinglePart") ChemicalFormula b) {
        List<FormulaUnit> units = new ArrayList<>(a.mainPart().units());
        units.addAll(b.mainPart().units());
        ChemicalFormula joined = ChemicalFormula.of(List.of(new FormulaPart(1, units)), 0);
        assertClose(a.molarMass() + b.molarMass(), ChemicalFormula.of(joined.toString()).molarMass(),
                joined.toString());
    }

    @Property(tries = 1000)
    @Label("M((A)n) = n·M(A) and M(A·nB) = M(A) + n·M(B)")
    void multipliersScale(@ForAll("neutralSinglePart") ChemicalFormula a, @ForAll("neutralSinglePart") ChemicalFormula b,
                          @ForAll @IntRange(min = 1, max = 20) int n) {
        ChemicalFormula grouped = ChemicalFormula.of(
                List.of(new FormulaPart(1, List.of(new GroupUnit(Bracket.ROUND, a.mainPart().units(), n)))), 0);
        assertClose(n * a.molarMass(), ChemicalFormula.of(grouped.toString()).molarMass(), grouped.toString());
        ChemicalFormula adduct = ChemicalFormula.of(
                List.of(a.mainPart(), new FormulaPart(n, b.mainPart().units())), 0);
        assertClose(a.molarMass() + n * b.molarMass(), ChemicalFormula.of(adduct.toString()).molarMass(),
                adduct.toString());
    }
}
