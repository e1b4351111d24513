package org.daniell.chem.composition;

import org.daniell.chem.PhysicalConstants;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationalEntropyTest {

    private static EntropyReport entropy(String formula) {
        return ConfigurationalEntropy.of(ChemicalFormula.of(formula));
    }

    @ParameterizedTest(name = "{0}: {1} R, {2} ({3})")
    @DisplayName("S_config and class of the seed-003-004 §7 examples (per-site normalisation, sum over sites)")
    @CsvSource(delimiter = '|', value = {
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 1.609 | HIGH | seed-003-004 §7 E1",
        "(CrMnFeCoNi)3O4 | 1.609 | HIGH | seed-003-004 §7 E2 (not 3 × 1.609)",
        "(InGeSi)3P3 | 1.099 | MEDIUM | seed-003-004 §7 E4, seed label medium-entropy",
        "(GaCuZnInGeSi)6P6 | 1.792 | HIGH | seed-003-004 §7 E5",
        "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3 | 1.010 | MEDIUM | seed-003-004 §7 E6, seed label high: mismatch",
        "NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2 | 1.609 | HIGH | seed-003-004 §7 E8",
        "LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2 | 0.7245 | LOW | seed-003-004 §7 E9, seed label high: mismatch",
        "(CrNiMnFe)3O4 | 1.386 | MEDIUM | seed-003-004 §7 E14",
        "(CrNiMnFeCo)3O4 | 1.609 | HIGH | seed-003-004 §7 E14 with a fifth cation",
        "(Co0.35Ni0.35Fe0.1Mn0.1Cr0.1)O | 1.426 | MEDIUM | seed-003-004 §1.1 / §7 E15",
        "(Co0.35Ni0.35Fe0.2Mn0.05Cr0.05)O | 1.356 | MEDIUM | seed-003-004 §1.1 lowest S allowed by D1",
        "(CoVMnFeZn)PS3 | 1.609 | HIGH | seed-003-004 §1.4 reading of CoVMnFeZnPS3",
    })
    void seedExamples(String formula, double sOverR, EntropyClass entropyClass, String source) {
        EntropyReport report = entropy(formula);
        assertSeed(sOverR, report.inUnitsOfR(), source);
        assertEquals(entropyClass, report.entropyClass(), source);
    }

    @ParameterizedTest(name = "N = {0}: ln N = {1} R")
    @DisplayName("equimolar N-cation sites give S/R = ln N (seed-003-004 §1.1)")
    @CsvSource({"2, 0.693", "3, 1.099", "4, 1.386", "5, 1.609", "6, 1.792", "7, 1.946"})
    void equimolarCounts(int n, double expected) {
        double[] fractions = new double[n];
        java.util.Arrays.fill(fractions, 1.0 / n);
        assertSeed(expected, ConfigurationalEntropy.ofFractions(fractions), "seed-003-004 §1.1");
    }

    @Test
    @DisplayName("1.609 R = 13.38 J/(mol K); 1.5 R = 12.47 J/(mol K) (seed-003-004 §1.2 units)")
    void joulesPerMoleKelvin() {
        assertSeed(13.38, entropy("(MgCoNiCuZn)O").joulesPerMoleKelvin(), "seed-003-004 §1.2");
        assertSeed(12.47, 1.5 * PhysicalConstants.GAS_CONSTANT, "seed-003-004 §1.2");
    }

    @Test
    @DisplayName("Cu0.88(Sn,Sb,Bi,Mn)0.08 cation term: 0.402 R without vacancies, 0.554 R with (seed-003-004 §1.2)")
    void vacancyAsSpecies() {
        Sublattice cation = SublatticeInference.mixingSites(
                ChemicalFormula.of("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1")).get(0);
        assertSeed(0.402, ConfigurationalEntropy.siteEntropy(cation, false), "seed-003-004 §1.2");
        assertSeed(0.554, ConfigurationalEntropy.siteEntropy(cation, true), "seed-003-004 §1.2");
    }

    @Test
    @DisplayName("anion mixing S0.9Se0.1 adds its own term (eqn (1) sum of cation and anion sites)")
    void anionSiteTerm() {
        EntropyReport report = entropy("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1");
        assertEquals(2, report.sites().size());
        assertSeed(0.3251, report.sites().get(1).inUnitsOfR(), "−(0.9 ln 0.9 + 0.1 ln 0.1)");
        assertSeed(0.402 + 0.3251, report.inUnitsOfR(), "seed-003-004 §1.2 eqn (1)");
    }

    @Test
    @DisplayName("perovskite A and B sites are reported separately and summed (seed-003-004 §1.2 convention)")
    void twoCationSites() {
        EntropyReport report = entropy("La0.8Sr0.2(Cr0.2Mn0.2Fe0.2Co0.2Ni0.2)O3");
        assertEquals(2, report.sites().size());
        assertSeed(0.5004, report.sites().get(0).inUnitsOfR(), "A site La0.8Sr0.2");
        assertSeed(1.609, report.sites().get(1).inUnitsOfR(), "B site");
        assertSeed(2.110, report.inUnitsOfR(), "sum");
        assertSeed(1.609, report.largestSiteInUnitsOfR(), "largest site");
    }

    @Test
    @DisplayName("an ordered compound or a run-together formula has no inferred mixing site (declare sites instead)")
    void orderedCompounds() {
        assertEquals(0, entropy("LiFePO4").inUnitsOfR(), 0);
        assertEquals(EntropyClass.LOW, entropy("InGeSiP3").entropyClass());
        Sublattice declared = new Sublattice("cation", 3, Map.of(PeriodicTable.element("In"), 1.0,
                PeriodicTable.element("Ge"), 1.0, PeriodicTable.element("Si"), 1.0));
        assertSeed(1.099, ConfigurationalEntropy.of(List.of(declared), false).inUnitsOfR(),
                "seed-003-004 §7 E4 with a declared site");
    }

    @Test
    @DisplayName("class boundaries: 1.0 R and 1.5 R are MEDIUM (inclusive), just outside is LOW / HIGH (seed-003-004 §1.1)")
    void boundaryConvention() {
        assertEquals(EntropyClass.LOW, EntropyClass.classify(Math.nextDown(1.0)));
        assertEquals(EntropyClass.MEDIUM, EntropyClass.classify(1.0));
        assertEquals(EntropyClass.MEDIUM, EntropyClass.classify(1.5));
        assertEquals(EntropyClass.HIGH, EntropyClass.classify(Math.nextUp(1.5)));
        assertEquals(EntropyClass.LOW, EntropyClass.classify(0));
    }
}
