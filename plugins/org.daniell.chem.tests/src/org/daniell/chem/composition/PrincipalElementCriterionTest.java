package org.daniell.chem.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrincipalElementCriterionTest {

    private static PrincipalElementReport report(String formula) {
        return PrincipalElementCriterion.evaluate(
                SublatticeInference.mixingSites(ChemicalFormula.of(formula)).get(0));
    }

    @Test
    @DisplayName("E1 rock salt: five cations at 20 % of the site satisfy the 5–35 at% definition (seed-003-004 §7 E1)")
    void rockSalt() {
        assertTrue(report("(MgCoNiCuZn)O").strictlySatisfied());
    }

    @Test
    @DisplayName("E9 HE-LNMO fails: Ni 80 % dominant, Nb 1 % minor (seed-003-004 §7 E9)")
    void heLnmoFails() {
        PrincipalElementReport r = report("LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2");
        assertFalse(r.satisfied());
        assertEquals(1, r.dominant().size());
        assertEquals(PeriodicTable.element("Ni"), r.dominant().get(0));
        assertTrue(r.minor().contains(PeriodicTable.element("Nb")));
    }

    @Test
    @DisplayName("E15: 0.35/0.35/0.10/0.10/0.10 satisfies the definition although S = 1.426 R is only MEDIUM (seed-003-004 §1.1)")
    void definitionsDisagree() {
        String formula = "(Co0.35Ni0.35Fe0.1Mn0.1Cr0.1)O";
        assertTrue(report(formula).strictlySatisfied(), "35 % is inside: bounds inclusive");
        assertEquals(EntropyClass.MEDIUM, ConfigurationalEntropy.of(ChemicalFormula.of(formula)).entropyClass());
    }

    @Test
    @DisplayName("four equimolar cations are not enough; a 4 % addition is minor, allowed in the non-strict reading")
    void countsAndMinors() {
        assertFalse(report("(CrNiMnFe)3O4").satisfied());
        PrincipalElementReport withMinor = report("(Co0.24Ni0.24Fe0.24Mn0.24Cr0.04)O");
        assertFalse(withMinor.satisfied(), "only four principal elements");
        PrincipalElementReport six = report("(Co0.19Ni0.19Fe0.19Mn0.19Cr0.2Al0.04)O");
        assertTrue(six.satisfied());
        assertFalse(six.strictlySatisfied());
    }

    @Test
    @DisplayName("in (MgCoNiCuZn)O each cation is 10 at% of all atoms and O is 50 % (seed-003-004 §1.1: judge per site)")
    void wholeFormulaFractions() {
        var fractions = CompositionFractions.atomFractions(ChemicalFormula.of("(MgCoNiCuZn)O"));
        assertEquals(0.1, fractions.get(PeriodicTable.element("Mg")), 1e-12);
        assertEquals(0.5, fractions.get(PeriodicTable.element("O")), 1e-12);
    }
}
