package org.daniell.chem.neutrality;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeutralityCheckTest {

    private static Element el(String symbol) {
        return PeriodicTable.element(symbol);
    }

    private static NeutralityReport check(String formula) {
        return NeutralityCheck.check(ChemicalFormula.of(formula));
    }

    private static void assertBalances(NeutralityReport report) {
        assertTrue(report.feasible());
        assertFalse(report.assignments().isEmpty());
        for (ValenceAssignment a : report.assignments()) {
            assertEquals(report.targetCharge(), a.totalCharge(), 1e-9, a.describe());
        }
    }

    @ParameterizedTest(name = "{0} balances with default valences ({1})")
    @DisplayName("seed-003-004 §3.4 / seed-001-002 F16 formulas that are neutral with the default valences")
    @CsvSource(delimiter = '|', value = {
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | seed-003-004 §3.4: all 2+",
        "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3 | seed-003-004 §3.4: 6.0 with Sn4+",
        "Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1 | seed-003-004 §3.4: 2.00",
        "GaCuZnInGeSiP6 | seed-003-004 §3.4: 18 with Cu2+",
        "CuZnInGeSiP5 | seed-003-004 §3.4: 15 with Cu2+",
        "InZnSiP3 | seed-003-004 §3.4: 9",
        "Li2ZnCl4·9H2O | seed-003-004 §3.4: 2 Li+ + Zn2+ = 4 Cl-",
        "Zn4SO4(OH)6 | seed-001-002 F16: ZHS +8 = 2 + 6",
        "V2O5 | seed-001-002 F16: V +5",
        "(NH4)2SO4 | seed-000 F§3.3 salt",
        "ZnSO4·7H2O | seed-001-002 §4.3",
    })
    void neutralWithDefaults(String formula, String source) {
        NeutralityReport report = check(formula);
        assertTrue(report.balancedWithDefaults(), () -> source + ": residual " + report.defaultResidual());
        assertBalances(report);
        assertEquals("default valences", report.assignments().get(0).strategy());
    }

    @Test
    @DisplayName("(CrMnFeCoNi)3O4: feasible; default residual −0.8 per f.u. = −1.33 on the valence sum (seed-003-004 §3.4 corrected)")
    void spinel() {
        NeutralityReport report = check("(CrMnFeCoNi)3O4");
        assertBalances(report);
        assertSeed(-0.8, report.defaultResidual(), "seed-003-004 §3.4 / Corrections");
        assertSeed(-4.0 / 3, report.defaultResidual() / 0.6, "seed-003-004 §3.4: 12.0 vs 13.33");
    }

    @Test
    @DisplayName("(LiFeZnNiCoMn)3O4 balances with Ni3+, Co3+, Fe3+, Mn4+ (seed-003-004 §3.4)")
    void lithiumSpinel() {
        NeutralityReport report = check("(LiFeZnNiCoMn)3O4");
        assertTrue(report.feasibleWithUsualStates());
        ValenceAssignment a = report.assignments().get(0);
        assertEquals(3, a.meanState(el("Ni")).orElseThrow(), 1e-9);
        assertEquals(3, a.meanState(el("Co")).orElseThrow(), 1e-9);
        assertEquals(3, a.meanState(el("Fe")).orElseThrow(), 1e-9);
        assertEquals(4, a.meanState(el("Mn")).orElseThrow(), 1e-9);
    }

    @Test
    @DisplayName("HE-LNMO: feasible, Ni mean +2.7375 with Mn4+ Ti4+ Mg2+ Nb5+ Mo6+ (seed-003-004 §3.4)")
    void heLnmo() {
        NeutralityReport report = check("LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2");
        assertBalances(report);
        ValenceAssignment minorFirst = report.assignments().get(0);
        assertEquals("minor constituents move first", minorFirst.strategy());
        assertSeed(2.7375, minorFirst.meanState(el("Ni")).orElseThrow(), "seed-003-004 §3.4");
        assertEquals(4, minorFirst.meanState(el("Mn")).orElseThrow(), 1e-9);
    }

    @Test
    @DisplayName("NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2: 3.00 with Cu2+ Ni2+ Fe3+ Mn4+ Ti4+ (seed-003-004 §3.4), via an override")
    void layeredSodiumOxide() {
        NeutralityReport defaults = check("NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2");
        assertBalances(defaults);
        NeutralityReport withMn4 = NeutralityCheck.check(ChemicalFormula.of("NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2"),
                Map.of(el("Mn"), List.of(4)));
        assertTrue(withMn4.balancedWithDefaults());
    }

    @Test
    @DisplayName("La0.8Sr0.2(Cr0.2Mn0.2Fe0.2Co0.2Ni0.2)O3: B mean +3.2, or O3-δ with δ = 0.4 at defaults (seed-003-004 §3.4)")
    void perovskite() {
        NeutralityReport report = check("La0.8Sr0.2(Cr0.2Mn0.2Fe0.2Co0.2Ni0.2)O3");
        assertBalances(report);
        ValenceAssignment a = report.assignments().get(0);
        double bSite = 0;
        for (String s : new String[] {"Cr", "Mn", "Fe", "Co", "Ni"}) {
            bSite += 0.2 * a.meanState(el(s)).orElseThrow();
        }
        assertSeed(3.2, bSite, "seed-003-004 §3.4: B mean must be +3.2");
        OxygenVacancy vacancy = report.oxygenVacancy().orElseThrow();
        assertSeed(0.4, vacancy.deltaAtDefaultValences(), "δ with default valences");
        assertEquals(0, vacancy.minimumDelta(), 0);
        assertTrue(vacancy.feasible());
    }

    @Test
    @DisplayName("InGeSiP3: In3+ Ge4+ Si4+ = 11 ≠ 9, balances only with In+; formal charges indicative (seed-003-004 §3.4)")
    void inGeSiP3() {
        NeutralityReport report = check("InGeSiP3");
        assertFalse(report.balancedWithDefaults());
        assertSeed(2, report.defaultResidual(), "11 − 9");
        assertTrue(report.formalChargesIndicative());
        assertEquals(1, report.assignments().get(0).meanState(el("In")).orElseThrow(), 1e-9);
    }

    @Test
    @DisplayName("with Cu+ GaCuZnInGeSiP6 gives 17, with Sn2+ the telluride 5.6 (seed-003-004 §3.4)")
    void alternativeStates() {
        assertSeed(-1, NeutralityCheck.check(ChemicalFormula.of("GaCuZnInGeSiP6"), Map.of(el("Cu"), List.of(1)))
                .defaultResidual(), "18 − 17");
        assertSeed(-0.4, NeutralityCheck.check(ChemicalFormula.of("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3"),
                Map.of(el("Sn"), List.of(2))).defaultResidual(), "5.6 − 6.0");
    }

    @Test
    @DisplayName("caption version Mn0.2: charge 2.36 with defaults (seed-003-004 §3.4)")
    void captionTypoCharge() {
        NeutralityReport report = check("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.2S0.9Se0.1");
        assertSeed(2.36, report.defaultCharge() + 2, "cation charge 2.36 against S/Se −2");
        assertSeed(0.36, report.defaultResidual(), "excess +0.36");
    }

    @Test
    @DisplayName("(Co0.2V0.2Mn0.2Fe0.2Zn0.2)PS3 is feasible with P as a cation-like element, P +4 (seed-003-004 §3.4)")
    void thiophosphate() {
        NeutralityReport report = check("(CoVMnFeZn)PS3");
        assertBalances(report);
        assertEquals(ChargeRole.CATION, report.terms().stream()
                .filter(t -> t.element() == el("P")).findFirst().orElseThrow().role());
    }

    @ParameterizedTest(name = "{0}: V mean {1}")
    @DisplayName("mean V oxidation states of seed-001-002 F16")
    @CsvSource(delimiter = '|', value = {
        "H2V3O8 | 4.667", "V5O12 | 4.8", "V6O13 | 4.333", "VO2 | 4", "V2O5 | 5", "V3O7·H2O | 4.667",
        "VPO4F | 4", "Mn2.5V10O24·5.9H2O | 4.3"})
    void vanadiumMeanStates(String formula, double mean) {
        NeutralityReport report = NeutralityCheck.check(ChemicalFormula.of(formula), Map.of(el("Mn"), List.of(2)));
        assertBalances(report);
        assertSeed(mean, report.assignments().get(0).meanState(el("V")).orElseThrow(), "seed-001-002 F16");
    }

    @Test
    @DisplayName("interval bounds: infeasible excess positive charge and the oxygen deficiency δ that would balance")
    void infeasibleAndDelta() {
        NeutralityReport tooPositive = check("Mg2O");
        assertFalse(tooPositive.feasible());
        assertSeed(2, tooPositive.positiveExcess(), "Mg2O: 4 − 2");
        assertTrue(tooPositive.assignments().isEmpty());
        NeutralityReport tooNegative = check("LiO2");
        assertFalse(tooNegative.feasible(), "superoxide needs an O override");
        assertSeed(1.5, tooNegative.oxygenVacancy().orElseThrow().minimumDelta(), "LiO2-δ with δ = 1.5");
        assertTrue(NeutralityCheck.check(ChemicalFormula.of("Li2O2"), Map.of(el("O"), List.of(-2, -1))).feasible());
    }

    @Test
    @DisplayName("ions: SO4[2-] and Zn[2+] balance to their charge; elements and alloys are metallic")
    void ionsAndMetals() {
        assertTrue(check("SO4[2-]").balancedWithDefaults());
        assertTrue(check("Zn[2+]").balancedWithDefaults());
        assertTrue(check("LiZn").metallic());
        assertTrue(check("Zn").metallic());
        assertTrue(check("FeS2").feasible(), "pyrite: S2 2- through the unusual S -1");
        assertFalse(check("FeS2").feasibleWithUsualStates());
    }

    @ParameterizedTest(name = "{0}: {1} mean {2}")
    @DisplayName("cathodes whose defaults do not balance get the expected mean valence (seed-001-002 §4.5, seed-000 F§8 X4)")
    @CsvSource(delimiter = '|', value = {"LiFePO4 | Fe | 2", "Na3V2(PO4)2F3 | V | 3", "Na3V2(PO4)3 | V | 3",
        "LiCoO2 | Co | 3", "ZnMn2O4 | Mn | 3", "MnO2 | Mn | 4"})
    void cathodeValences(String formula, String element, double mean) {
        NeutralityReport report = check(formula);
        assertBalances(report);
        assertEquals(mean, report.assignments().get(0).meanState(el(element)).orElseThrow(), 1e-9, formula);
    }

    @Test
    @DisplayName("[Fe(CN)6]: the cyanide group is one −1 unit, so K4[Fe(CN)6] balances with Fe2+")
    void cyanide() {
        NeutralityReport report = check("K4[Fe(CN)6]");
        assertBalances(report);
        assertEquals(2, report.assignments().get(0).meanState(el("Fe")).orElseThrow(), 1e-9);
    }
}
