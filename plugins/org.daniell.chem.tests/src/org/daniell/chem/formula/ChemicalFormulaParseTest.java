package org.daniell.chem.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.chem.element.PeriodicTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChemicalFormulaParseTest {

    private static ChemicalFormula ok(String text) {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse(text);
        assertTrue(result.isSuccess(), () -> text + " -> " + result.errors());
        return result.optionalValue().orElseThrow();
    }

    private static double amount(ChemicalFormula f, String symbol) {
        return f.amountOf(symbol);
    }

    @Test
    @DisplayName("nested () and [] with decimal multipliers: K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O (seed-003-004 §1.4)")
    void prussianBlueFramework() {
        ChemicalFormula f = ok("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O");
        assertEquals(1.47, amount(f, "K"), 1e-12);
        assertEquals(0.5 + 1.26, amount(f, "Fe"), 1e-12);
        assertEquals(6 * 1.26, amount(f, "C"), 1e-12);
        assertEquals(6 * 1.26, amount(f, "N"), 1e-12);
        assertEquals(2, amount(f, "H"), 1e-12);
        assertEquals(1, amount(f, "O"), 1e-12);
        assertEquals(2, f.parts().size());
    }

    @Test
    @DisplayName("explicit sublattice group (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O reads without warnings (seed-003-004 §1.3)")
    void explicitMixingGroup() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");
        assertTrue(result.warnings().isEmpty());
        ChemicalFormula f = result.optionalValue().orElseThrow();
        assertEquals(0.2, amount(f, "Cu"), 1e-12);
        assertTrue(((GroupUnit) f.mainPart().units().get(0)).isMixingGroup());
    }

    @Test
    @DisplayName("implicit equimolar group (CrMnFeCoNi)3O4 = 0.6 of each cation, with a warning at the group (seed-003-004 §1.4)")
    void implicitEquimolarGroup() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("(CrMnFeCoNi)3O4");
        ChemicalFormula f = result.optionalValue().orElseThrow();
        for (String s : new String[] {"Cr", "Mn", "Fe", "Co", "Ni"}) {
            assertEquals(0.6, amount(f, s), 1e-12, s);
        }
        assertEquals(1, result.warnings().size());
        assertEquals(0, result.warnings().get(0).offset());
        assertEquals("(CrMnFeCoNi)".length(), result.warnings().get(0).length());
        assertTrue(result.warnings().get(0).message().contains("equal shares"));
    }

    @Test
    @DisplayName("(MgCoNiCuZn)O ≡ (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O and the comma form (Mg,Co,Ni,Cu,Zn)O too (seed-003-004 §1.4)")
    void equimolarSpellingsAgree() {
        ChemicalFormula explicit = ok("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");
        assertEquals(explicit, ok("(MgCoNiCuZn)O"));
        assertEquals(explicit, ok("(Mg,Co,Ni,Cu,Zn)O"));
        assertEquals(explicit, ok("(Mg, Co, Ni, Cu, Zn)O"));
    }

    @Test
    @DisplayName("structural groups (CN), (OH), (NH4), (PO4) are not read as equal-share sites")
    void structuralGroupsKeepAmounts() {
        assertEquals(6, amount(ok("K4[Fe(CN)6]"), "C"), 1e-12);
        assertEquals(2, amount(ok("Zn(OH)2"), "H"), 1e-12);
        assertEquals(8, amount(ok("(NH4)2SO4"), "H"), 1e-12);
        assertEquals(12, amount(ok("Na3V2(PO4)3"), "O"), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("hydrate separators ·, •, *, . and subscript digits (seed-003-004 §1.4, seed-000 §2.3)")
    @CsvSource({"Li2ZnCl4·9H2O", "Li2ZnCl4•9H2O", "Li2ZnCl4*9H2O", "Li2ZnCl4.9H2O", "Li₂ZnCl₄·9H₂O"})
    void hydrates(String text) {
        ChemicalFormula f = ok(text);
        assertEquals(2, f.parts().size());
        assertEquals(9, f.parts().get(1).coefficient(), 0);
        assertEquals(18, amount(f, "H"), 1e-12);
        assertEquals(4, amount(f, "Cl"), 1e-12);
    }

    @Test
    @DisplayName("'.' between digits is a decimal unless it reads <integer>.<n>H2O at the end; that case warns")
    void dotHeuristic() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("CuSO4.5H2O");
        assertEquals(2, result.optionalValue().orElseThrow().parts().size());
        assertEquals(1, result.warnings().size());
        assertEquals(5, result.warnings().get(0).offset());
        assertEquals(0.5, amount(ok("Fe0.5H2O"), "Fe"), 1e-12);
        assertEquals(1.5, amount(ok("Na1.5V2(PO4)3"), "Na"), 1e-12);
        assertEquals(1, ok("Na2CO3.H2O").parts().get(1).coefficient(), 0);
    }

    @ParameterizedTest(name = "{0} has charge {1}")
    @DisplayName("charge notations: bracket, caret, superscript, bare sign, sign-first, electron")
    @CsvSource({
        "Zn[2+], 2", "SO4[2-], -2", "Zn2+, 2", "Zn^2+, 2", "Zn^{2+}, 2", "Zn²⁺, 2", "SO₄²⁻, -2", "Zn+2, 2",
        "SO4-2, -2", "Cl-, -1", "H+, 1", "NH4+, 1", "NO3-, -1", "ClO4-, -1", "PF6-, -1", "Fe3+, 3", "O2-, -2",
        "SO42-, -2", "PO43-, -3", "[Fe(CN)6]4-, -4", "[Fe(CN)6][3-], -3", "Fe(CN)63-, -3", "Zn(OH)4[2-], -2",
        "'SO4 2-', -2", "e-, -1", "e−, -1", "I-, -1", "Al(OH)4-, -1", "Zn[++], 2", "Zn[+2], 2"})
    void charges(String text, int charge) {
        assertEquals(charge, ok(text).charge(), text);
    }

    @Test
    @DisplayName("bare charges keep amounts right: NH4+ has 4 H, SO42- has 4 O, Zn2+ has one Zn, [Fe(CN)6]4- one complex")
    void bareChargeAmounts() {
        assertEquals(4, amount(ok("NH4+"), "H"), 0);
        assertEquals(4, amount(ok("SO42-"), "O"), 0);
        assertEquals(1, amount(ok("Zn2+"), "Zn"), 0);
        assertEquals(1, amount(ok("[Fe(CN)6]4-"), "Fe"), 0);
        assertEquals(3, amount(ok("NO3-"), "O"), 0);
        ChemicalFormula electron = ok("e-");
        assertTrue(electron.isElectron());
        assertEquals(0, electron.molarMass(), 0);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("oxygen deficiency O3-δ / O3-d / O3-x and Li1-xCoO2: nominal amounts, deviation recorded")
    @CsvSource({"SrCoO3-δ", "SrCoO3-d", "SrCoO3-x", "SrCoO3−δ"})
    void oxygenDeficiency(String text) {
        ChemicalFormula f = ok(text);
        assertEquals(3, amount(f, "O"), 0);
        assertEquals(List.of(AmountDeviation.MINUS_DELTA),
                f.deviations().stream().map(ElementUnit::deviation).toList());
        assertEquals("SrCoO3-δ", f.toString());
    }

    @Test
    @DisplayName("oxygen excess O5+δ and a deficient alkali Li1-xCoO2")
    void otherDeviations() {
        assertEquals(AmountDeviation.PLUS_DELTA, ok("NdBa0.5Sr0.5Co0.5Fe1.5O5+δ").deviations().get(0).deviation());
        ChemicalFormula lco = ok("Li1-xCoO2");
        assertEquals(PeriodicTable.element("Li"), lco.deviations().get(0).element());
        assertEquals("Li1-δCoO2", lco.toString());
    }

    @Test
    @DisplayName("ion abbreviations of seed-000 F§3.3 salts: LiTFSI, NaFSI, Zn(OTf)2, Mg(TFSI)2, NH4Ac")
    void abbreviations() {
        assertEquals(2, amount(ok("LiTFSI"), "C"), 0);
        assertEquals(2, amount(ok("Zn(OTf)2"), "C"), 0);
        assertEquals(4, amount(ok("Mg(TFSI)2"), "S"), 0);
        ParseResult<ChemicalFormula> fsi = ChemicalFormula.parse("NaFSI");
        assertEquals(1, fsi.warnings().size(), "FSI also spells F+S+I: a warning says how it was read");
        assertEquals(2, amount(ok("NH4Ac"), "C"), 0);
        assertEquals("LiTFSI", ok("LiTFSI").toString());
    }

    @Test
    @DisplayName("CoVMnFeZnPS3 reads literally with a warning suggesting (CoVMnFeZn) (seed-003-004 §1.4)")
    void runTogetherMetalsWarn() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("CoVMnFeZnPS3");
        assertTrue(result.isSuccess());
        assertEquals(1, result.warnings().size());
        FormulaWarning warning = result.warnings().get(0);
        assertEquals(0, warning.offset());
        assertEquals("CoVMnFeZn".length(), warning.length());
        assertTrue(warning.message().contains("(CoVMnFeZn)"));
    }

    @Test
    @DisplayName("InGeSiP3 means In:Ge:Si:P = 1:1:1:3, no warning (seed-003-004 §1.4)")
    void inGeSiP3() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("InGeSiP3");
        assertTrue(result.warnings().isEmpty());
        assertEquals(3, result.optionalValue().orElseThrow().amountOf("P"), 0);
    }

    @Test
    @DisplayName("the Fig. 4 caption typo Mn0.2 parses (the site check catches it, seed-003-004 §1.4, §3.4)")
    void captionTypoParses() {
        assertEquals(0.2, amount(ok("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.2S0.9Se0.1"), "Mn"), 0);
    }

    @Test
    @DisplayName("Tc has no standard atomic weight: the mass number is used, with a warning")
    void technetiumWarns() {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse("TcO2");
        assertEquals(1, result.warnings().size());
    }

    @Test
    @DisplayName("canonical text: ASCII digits, · before adducts, bracketed charge")
    void canonicalText() {
        assertEquals("Li2ZnCl4·9H2O", ok("Li₂ZnCl₄.9H₂O").toString());
        assertEquals("Zn[2+]", ok("Zn²⁺").toString());
        assertEquals("SO4[2-]", ok("SO4 2-").toString());
        assertEquals("(Cr0.2Mn0.2Fe0.2Co0.2Ni0.2)3O4", ok("(CrMnFeCoNi)3O4").toString());
        assertEquals("(InGeSi)3P3", ok("(InGeSi)3P3").toString(), "1/3 shares print as the shorthand");
        assertEquals("F1SI", ok("F1SI").toString(), "F, S, I written as elements must not become FSI");
    }

    @Test
    @DisplayName("structural equality differs from composition equality")
    void equality() {
        assertFalse(ok("H2O").equals(ok("OH2")));
        assertTrue(ok("H2O").hasSameComposition(ok("OH2"), 1e-12));
        assertEquals(ok("Zn2+"), ok("Zn[2+]"));
    }
}
