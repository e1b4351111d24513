package org.daniell.chem.neutrality;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrussianBlueRuleTest {

    @Test
    @DisplayName("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O: y = 1.26 > 1; M2+ gives q = 2.75 < 3 (fails), M3+ gives q = 3.55 (seed-003-004 §3.4)")
    void potassiumPba() {
        PrussianBlueReport report = PrussianBlueRule.check(
                ChemicalFormula.of("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O")).orElseThrow();
        assertFalse(report.complexWithinSites());
        assertSeed(2.754, report.qIfMetalDivalent(), "seed-003-004 §3.4 q = 2.75");
        assertFalse(report.balancesWithDivalentMetal());
        assertSeed(3.548, report.qIfMetalTrivalent(), "seed-003-004 §3.4 q = 3.55");
        assertTrue(report.balancesWithTrivalentMetal());
        assertSeed(1.17, report.alkaliPerComplex(), "seed-003-004 §3.4 K1.17");
        assertSeed(0.79, report.metalPerComplex(), "seed-003-004 §3.4 M0.79");
    }

    @Test
    @DisplayName("Fe0.35Mn0.65[Fe(CN)6] with [Fe(III)(CN)6]3-: M-site average +3 (seed-001-002 F16)")
    void zincPba() {
        PrussianBlueReport report = PrussianBlueRule.check(ChemicalFormula.of("Fe0.35Mn0.65[Fe(CN)6]")).orElseThrow();
        assertSeed(3, report.minimumMetalState(), "seed-001-002 F16");
        assertTrue(report.complexWithinSites());
        assertFalse(report.balancesWithDivalentMetal());
    }

    @Test
    @DisplayName("not a PBA: no report")
    void notAPba() {
        assertTrue(PrussianBlueRule.check(ChemicalFormula.of("LiFePO4")).isEmpty());
    }
}
