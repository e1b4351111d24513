package org.daniell.chem.capacity;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlloyAndConversionTest {

    private static Element el(String s) {
        return PeriodicTable.element(s);
    }

    private static AlloyEndPhase phase(String formula, String carrier) {
        return AlloyEndPhase.of(ChemicalFormula.of(formula), el(carrier), 1).orElseThrow();
    }

    @ParameterizedTest(name = "{0} ({1}): {2} per host, {3} mAh/g of host")
    @DisplayName("alloy end phases per gram of host (seed-003-004 §2.4 table)")
    @CsvSource(delimiter = '|', value = {
        "Li22Si5 | Li | 4.4 | 4198.9", "Li4.4Si | Li | 4.4 | 4198.9", "Li15Si4 | Li | 3.75 | 3578.6",
        "Li4.4Ge | Li | 4.4 | 1623.7", "Li15Ge4 | Li | 3.75 | 1383.8", "Li4.4Sn | Li | 4.4 | 993.4",
        "Li3Sb | Li | 3 | 660.4", "Li3Bi | Li | 3 | 384.7", "LiZn | Li | 1 | 409.9", "LiIn | Li | 1 | 233.4",
        "Li13In3 | Li | 4.333333 | 1011.5",
        "Na9Sn4 | Na | 2.25 | 508.0", "Na15Sn4 | Na | 3.75 | 846.6", "Na3Sb | Na | 3 | 660.4",
        "Na3Bi | Na | 3 | 384.7", "KSn | K | 1 | 225.8", "K3Sb | K | 3 | 660.4", "K3Bi | K | 3 | 384.7"})
    void endPhases(String formula, String carrier, double perHost, double expected) {
        AlloyEndPhase p = phase(formula, carrier);
        assertEquals(perHost, p.carriersPerHost(), 1e-6);
        assertSeed(expected, p.mAhPerGramOfHost(), "seed-003-004 §2.4");
    }

    @Test
    @DisplayName("the alloy-capacity ranking Si > Ge > Sn > Sb > Zn > Bi > In (seed-003-004 §2.2 reading of Table 1)")
    void ranking() {
        String[] order = {"Si", "Ge", "Sn", "Sb", "Zn", "Bi", "In"};
        double previous = Double.MAX_VALUE;
        for (String host : order) {
            double q = AlloyEndPhases.defaultFor(el(host), el("Li")).orElseThrow().mAhPerGramOfHost();
            assertTrue(q < previous, host);
            previous = q;
        }
    }

    @Test
    @DisplayName("conversion electrons exclude inactive stabilisers: E1 2.0 → 1.6 with Mg inactive (seed-003-004 §2.4, rule M-08)")
    void conversionElectrons() {
        ChemicalFormula e1 = ChemicalFormula.of("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");
        assertEquals(2.0, ConversionElectrons.of(e1, Set.of()), 1e-12);
        assertEquals(1.6, ConversionElectrons.of(e1, Set.of(el("Mg"))), 1e-12);
        assertEquals(8.0, ConversionElectrons.of(ChemicalFormula.of("(CrMnFeCoNi)3O4"), Set.of()), 1e-12);
        assertEquals(7.5, ConversionElectrons.of(ChemicalFormula.of("(LiFeZnNiCoMn)3O4"), Set.of(el("Li"))), 1e-12);
        assertEquals(9.0, ConversionElectrons.of(ChemicalFormula.of("InGeSiP3"), Set.of()), 1e-12);
    }

    @Test
    @DisplayName("E1 budget: Mg inactive + Zn -> LiZn = 1.8 e-, 687.5 mAh/g (seed-003-004 §2.4, §7 E1)")
    void rockSaltBudget() {
        CapacityBudget budget = CapacityBudget.of(ChemicalFormula.of("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O"))
                .conversion(Set.of(el("Mg")))
                .alloying(el("Zn"), phase("LiZn", "Li"));
        assertEquals(1.8, budget.electrons(), 1e-12);
        assertSeed(687.5, budget.mAhPerGram(), "seed-003-004 §2.4");
        assertEquals(2, budget.contributions().size());
    }

    @Test
    @DisplayName("E4 InGeSiP3: 3 Li3P + LiIn + Li4.4Ge + Li4.4Si = 18.8 e-, 1633.5 mAh/g; 1923.2 with Li13In3 (seed-003-004 §2.4)")
    void phosphideBudget() {
        ChemicalFormula host = ChemicalFormula.of("InGeSiP3");
        CapacityBudget withLiIn = CapacityBudget.of(host).conversion(Set.of())
                .alloying(el("In"), phase("LiIn", "Li"))
                .alloying(el("Ge"), phase("Li22Ge5", "Li"))
                .alloying(el("Si"), phase("Li22Si5", "Li"));
        assertEquals(18.8, withLiIn.electrons(), 1e-9);
        assertSeed(1633.5, withLiIn.mAhPerGram(), "seed-003-004 §2.4 E4");
        CapacityBudget withLi13In3 = CapacityBudget.of(host).conversion(Set.of())
                .alloying(el("In"), phase("Li13In3", "Li"))
                .alloying(el("Ge"), phase("Li22Ge5", "Li"))
                .alloying(el("Si"), phase("Li22Si5", "Li"));
        assertSeed(1923.2, withLi13In3.mAhPerGram(), "seed-003-004 §2.4 E4");
        assertTrue(1733 > withLiIn.mAhPerGram() && 1733 < withLi13In3.mAhPerGram(),
                "the reported 1733 mAh/g exceeds the LiIn bound only (rule M-06/M-07)");
    }

    @Test
    @DisplayName("E5 GaCuZnInGeSiP6: 18 + Zn 1 + In 1 + Ge 4.4 + Si 4.4 = 28.8 e-, 1286.4 mAh/g (seed-003-004 §7 E5)")
    void e5Budget() {
        CapacityBudget budget = CapacityBudget.of(ChemicalFormula.of("GaCuZnInGeSiP6")).conversion(Set.of())
                .alloying(el("Zn"), phase("LiZn", "Li")).alloying(el("In"), phase("LiIn", "Li"))
                .alloying(el("Ge"), phase("Li22Ge5", "Li")).alloying(el("Si"), phase("Li22Si5", "Li"));
        assertEquals(28.8, budget.electrons(), 1e-9);
        assertSeed(1286.4, budget.mAhPerGram(), "seed-003-004 §7 E5");
    }

    @Test
    @DisplayName("E6 for K: 3 K2Te + K3Sb 4.2 + K3Bi 0.6 + KSn 0.2 = 11 e-, 467.8 mAh/g (seed-003-004 §7 E6)")
    void tellurideBudget() {
        CapacityBudget budget = CapacityBudget.of(ChemicalFormula.of("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3"))
                .conversion(Set.of())
                .alloying(el("Sb"), phase("K3Sb", "K"))
                .alloying(el("Bi"), phase("K3Bi", "K"))
                .alloying(el("Sn"), phase("KSn", "K"));
        assertEquals(11.0, budget.electrons(), 1e-9);
        assertSeed(467.8, budget.mAhPerGram(), "seed-003-004 §7 E6");
    }

    @Test
    @DisplayName("(LiFeZnNiCoMn)3O4: Li inactive 7.5 e- + Zn -> LiZn 0.5 = 1000.2 mAh/g, below the reported >1200 (seed-003-004 §2.4, M-06)")
    void lithiumSpinelBudget() {
        CapacityBudget budget = CapacityBudget.of(ChemicalFormula.of("(LiFeZnNiCoMn)3O4"))
                .conversion(Set.of(el("Li"))).alloying(el("Zn"), phase("LiZn", "Li"));
        assertSeed(1000.2, budget.mAhPerGram(), "seed-003-004 §2.4");
        assertTrue(1200 > budget.mAhPerGram());
    }

    @Test
    @DisplayName("intercalation: one Na per NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2 = 241.1 mAh/g (seed-003-004 §7 E8)")
    void intercalation() {
        assertSeed(241.1, CapacityBudget.of(ChemicalFormula.of("NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2"))
                .intercalation(1, 1).mAhPerGram(), "seed-003-004 §7 E8");
    }

    @Test
    @DisplayName("an end phase that is not binary in the carrier is refused")
    void notAnEndPhase() {
        assertTrue(AlloyEndPhase.of(ChemicalFormula.of("LiFePO4"), el("Li"), 1).isEmpty());
        assertTrue(AlloyEndPhase.of(ChemicalFormula.of("NaSn"), el("Li"), 1).isEmpty());
    }
}
