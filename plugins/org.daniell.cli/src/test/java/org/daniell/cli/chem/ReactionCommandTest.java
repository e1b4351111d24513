package org.daniell.cli.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class ReactionCommandTest {

    @Test
    void zincOxidationBalancesWithTwoElectrons() {
        ChemCli result = ChemCli.chem("reaction", "Zn -> Zn[2+] + 2 e-");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Mass balance          balanced", result.row("Mass balance"));
        assertEquals("Charge balance        balanced: 0 on the left, 0 on the right", result.row("Charge balance"));
        assertEquals("Electrons             2 e- transferred (oxidation: electrons released on the right)",
                result.row("Electrons"));
        assertEquals("Verdict               balanced", result.row("Verdict"));
        assertTrue(result.row("  Zn[2+]").endsWith("65.38 g/mol"), result.all());
    }

    @Test
    void zincOxidationAsJson() {
        ChemCli result = ChemCli.chem("reaction", "Zn -> Zn2+ + 2 e-", "--json");
        assertEquals(0, result.exitCode(), result.all());
        JsonObject json = result.json();
        assertEquals("Zn -> Zn2+ + 2 e-", json.get("input").getAsString());
        assertEquals("Zn -> Zn[2+] + 2 e-", json.get("reaction").getAsString());
        assertTrue(json.get("balanced").getAsBoolean());
        assertEquals(2, json.get("electronsTransferred").getAsDouble(), 1e-12);
        assertEquals("oxidation", json.get("direction").getAsString());
        assertEquals(2, json.getAsJsonArray("products").get(1).getAsJsonObject().get("coefficient").getAsDouble());
    }

    @Test
    void insertionHalfReactionIsAReduction() {
        JsonObject json = ChemCli.chem("reaction", "MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2", "--json").json();
        assertTrue(json.get("balanced").getAsBoolean());
        assertEquals(1, json.get("electronsTransferred").getAsDouble(), 1e-12);
        assertEquals("reduction", json.get("direction").getAsString());
        assertEquals(0, json.get("chargeReactants").getAsDouble(), 1e-12);
    }

    @Test
    void chargeImbalanceIsReportedWithExitCodeOne() {
        ChemCli result = ChemCli.chem("reaction", "Zn -> Zn[2+] + e-");
        assertEquals(1, result.exitCode(), result.all());
        assertEquals("Mass balance          balanced", result.row("Mass balance"));
        assertEquals("Charge balance        not balanced: 0 on the left, +1 on the right", result.row("Charge balance"));
        assertEquals("Verdict               does not balance", result.row("Verdict"));
        JsonObject json = ChemCli.chem("reaction", "Zn -> Zn[2+] + e-", "--json").json();
        assertFalse(json.get("balanced").getAsBoolean());
        assertTrue(json.get("massBalanced").getAsBoolean());
        assertFalse(json.get("chargeBalanced").getAsBoolean());
        assertEquals(1, json.get("chargeResidual_productsMinusReactants").getAsDouble(), 1e-12);
    }

    @Test
    void massImbalanceNamesTheElements() {
        ChemCli result = ChemCli.chem("reaction", "O2 + 4 H+ + 4 e- -> H2O");
        assertEquals(1, result.exitCode(), result.all());
        assertEquals("Mass balance          not balanced: H 2 more on the left, O 1 more on the left",
                result.row("Mass balance"));
        JsonObject residuals = ChemCli.chem("reaction", "O2 + 4 H+ + 4 e- -> H2O", "--json").json()
                .getAsJsonObject("elementResiduals_productsMinusReactants");
        assertEquals(-2, residuals.get("H").getAsDouble(), 1e-12);
        assertEquals(-1, residuals.get("O").getAsDouble(), 1e-12);
    }

    @Test
    void malformedSpeciesIsShownWithACaretInTheWholeReaction() {
        ChemCli result = ChemCli.chem("reaction", "Li(CoO2 -> LiCoO2");
        assertEquals(2, result.exitCode(), result.all());
        assertEquals(List.of("  Li(CoO2 -> LiCoO2", "    ^", "daniell: cannot read the reaction: unclosed '('"),
                result.errLines());
        ChemCli missing = ChemCli.chem("reaction", "Zn + -> Zn");
        assertEquals(2, missing.exitCode());
        assertEquals("      ^", missing.errLines().get(1));
        ChemCli noArrow = ChemCli.chem("reaction", "Zn + Cu");
        assertEquals("  ^^^^^^^", noArrow.errLines().get(1));
    }

    @Test
    void helpDescribesTheCommandWithExamples() {
        ChemCli result = ChemCli.chem("reaction", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: daniell chem reaction"), result.out());
        assertTrue(result.out().contains("Examples:\n  daniell chem reaction"), result.out());
        assertTrue(result.out().contains("1   the reaction does not balance"), result.out());
    }
}
