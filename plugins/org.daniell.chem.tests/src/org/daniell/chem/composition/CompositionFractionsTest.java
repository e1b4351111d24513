package org.daniell.chem.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompositionFractionsTest {

    @Test
    @DisplayName("mass fractions sum to one; Zn in ZnSO4·7H2O is 65.38 / 287.54")
    void massFractions() {
        ChemicalFormula f = ChemicalFormula.of("ZnSO4·7H2O");
        var mass = CompositionFractions.massFractions(f);
        assertEquals(1, mass.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(65.38 / f.molarMass(), mass.get(PeriodicTable.element("Zn")), 1e-12);
    }

    @Test
    @DisplayName("atom fractions of the PBA include hydrate water")
    void atomFractions() {
        var atoms = CompositionFractions.atomFractions(ChemicalFormula.of("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O"));
        assertEquals(1, atoms.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertTrue(atoms.containsKey(PeriodicTable.element("H")));
    }

    @Test
    @DisplayName("size mismatch δ of (MgCoNiCuZn)O from Shannon radii (information only, seed-003-004 §6.2)")
    void sizeMismatch() {
        var site = SublatticeInference.mixingSites(ChemicalFormula.of("(MgCoNiCuZn)O")).get(0);
        SizeMismatch.Report report = SizeMismatch.of(site);
        double[] r = {0.72, 0.745, 0.69, 0.73, 0.74};
        double mean = java.util.Arrays.stream(r).average().orElseThrow();
        double sum = java.util.Arrays.stream(r).map(x -> 0.2 * Math.pow(1 - x / mean, 2)).sum();
        assertEquals(100 * Math.sqrt(sum), report.percent(), 1e-9);
        assertTrue(report.withoutRadius().isEmpty());
    }

    @Test
    @DisplayName("the composition analysis bundles everything for one formula")
    void analysis() {
        CompositionAnalysis a = CompositionAnalysis.of(ChemicalFormula.of("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O"));
        assertEquals(70.17, a.molarMass(), 0.01);
        assertEquals(EntropyClass.HIGH, a.entropy().entropyClass());
        assertTrue(a.principalElements().get(0).strictlySatisfied());
        assertTrue(a.overfilledSites().isEmpty());
    }
}
