package org.daniell.cli.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class PotentialCommandTest {

    @Test
    void zincCoupleVsSheByDefault() {
        ChemCli result = ChemCli.chem("potential", "Zn2+/Zn");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Couple                Zn2+/Zn", result.row("Couple"));
        assertEquals("E°                    -0.762 V vs SHE (25 °C)", result.row("E°"));
    }

    @Test
    void zincCoupleConvertedVsLithium() {
        ChemCli result = ChemCli.chem("potential", "Zn2+/Zn", "--vs", "Li+/Li");
        assertEquals(0, result.exitCode(), result.all());
        assertTrue(result.out().contains("E°                    +2.278 V vs Li+/Li\n"), result.all());
        JsonObject json = ChemCli.chem("potential", "Zn2+/Zn", "--vs", "vs. Li+/Li", "--json").json();
        assertEquals(-0.7618, json.get("E0_V_vs_SHE").getAsDouble(), 1e-9);
        assertEquals(2.28, json.get("E_V").getAsDouble(), 0.005);
        assertEquals("Li+/Li", json.get("vs").getAsString());
        assertFalse(json.get("pHDependent").getAsBoolean());
    }

    @Test
    void couplesAreFoundHoweverTheChargeIsWritten() {
        for (String written : new String[] { "Zn[2+]/Zn", "Zn²⁺/Zn", "Zn/Zn2+", "zn" }) {
            JsonObject json = ChemCli.chem("potential", written, "--json").json();
            assertEquals("zn", json.get("id").getAsString(), written);
        }
    }

    @Test
    void oxygenEvolutionAtNeutralPhVsRhe() {
        ChemCli result = ChemCli.chem("potential", "O2/H2O", "--vs", "RHE", "--pH", "7");
        assertEquals(0, result.exitCode(), result.all());
        assertTrue(result.out().contains("E at pH 7             +0.815 V vs SHE\n"), result.all());
        assertTrue(result.out().contains("E at pH 7             +1.229 V vs RHE\n"), result.all());
        JsonObject json = ChemCli.chem("potential", "O2/H2O", "--vs", "RHE", "--pH", "7", "--json").json();
        assertTrue(json.get("pHDependent").getAsBoolean());
        assertEquals(1.229 - 7 * 0.05916, json.get("E_V_vs_SHE").getAsDouble(), 1e-4);
        assertEquals(1.229, json.get("E_V").getAsDouble(), 1e-9);
        assertEquals(7, json.get("pH").getAsDouble());
    }

    @Test
    void hydrogenCoupleFollowsThePh() {
        JsonObject json = ChemCli.chem("potential", "H+/H2", "--pH", "14", "--json").json();
        assertEquals(-0.828, json.get("E_V_vs_SHE").getAsDouble(), 0.001);
        ChemCli withoutPh = ChemCli.chem("potential", "O2/H2O");
        assertTrue(withoutPh.row("pH dependence").contains("add --pH X"), withoutPh.all());
    }

    @Test
    void measuredPotentialIsConvertedBetweenScales() {
        JsonObject json = ChemCli.chem("potential", "0.35 V vs Ag/AgCl", "--vs", "RHE", "--pH", "13", "--json")
                .json();
        assertEquals(0.547, json.get("E_V_vs_SHE").getAsDouble(), 1e-9);
        assertEquals(0.547 + 13 * 0.05916, json.get("E_V").getAsDouble(), 1e-4);
        JsonObject millivolts = ChemCli.chem("potential", "-150 mV vs SCE", "--json").json();
        assertEquals(0.091, millivolts.get("E_V_vs_SHE").getAsDouble(), 1e-9);
        ChemCli noReference = ChemCli.chem("potential", "0.35 V");
        assertEquals(2, noReference.exitCode());
        assertTrue(noReference.err().startsWith("daniell: say what '0.35 V' is measured against"), noReference.err());
    }

    @Test
    void unknownCoupleListsCloseMatches() {
        ChemCli result = ChemCli.chem("potential", "Zn2+/Zinc");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("daniell: no standard potential for 'Zn2+/Zinc'; close matches: Zn2+/Zn"),
                result.err());
        ChemCli lowerCase = ChemCli.chem("potential", "o2/oh-");
        assertTrue(lowerCase.err().contains("close matches: O2/OH[-]"), lowerCase.err());
    }

    @Test
    void rheNeedsThePh() {
        ChemCli result = ChemCli.chem("potential", "Zn2+/Zn", "--vs", "RHE");
        assertEquals(2, result.exitCode());
        assertEquals("daniell: the RHE scale needs the pH of the solution: add --pH X", result.err().trim());
    }

    @Test
    void unknownReferenceIsAnInputError() {
        ChemCli result = ChemCli.chem("potential", "Zn2+/Zn", "--vs", "Pt");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("daniell: unknown reference electrode 'Pt'; known: SHE, RHE, Li+/Li"),
                result.err());
    }

    @Test
    void listShowsTheTable() {
        ChemCli result = ChemCli.chem("potential", "--list");
        assertEquals(0, result.exitCode(), result.all());
        assertTrue(result.row("  Zn2+/Zn").contains("-0.7618 V"), result.all());
        assertTrue(ChemCli.chem("potential", "--list", "--json").json().getAsJsonArray("couples").size() > 40);
    }

    @Test
    void helpDescribesTheCommandWithExamples() {
        ChemCli result = ChemCli.chem("potential", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: daniell chem potential"), result.out());
        assertTrue(result.out().contains("--vs=REF"), result.out());
        assertTrue(result.out().contains("Examples:\n  daniell chem potential"), result.out());
    }
}
