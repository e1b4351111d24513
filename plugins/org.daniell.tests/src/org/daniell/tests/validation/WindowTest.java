package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Stability-window checks (seed-000 §4.2 R-W1..R-W7; seed-001-002 §3.3 E17/E18; seed-003-004 §5.7 Z-01/Z-02). */
class WindowTest extends TopicTest {

    private static String zinc(String electrolyte, String positive, String extra) {
        return """
                cell T : battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active alpha_MnO2 %s }
                    electrolyte %s
                    %s
                }
                """.formatted(positive, electrolyte, extra);
    }

    @Test
    void zincLiVpo4fPassesR_W1OnlyBecauseItIsWaterInSalt() {
        assertFalse(exampleCodes("zinc/ZnLiVPO4F.echem").contains("window.aqueous-voltage"));
        String plain = exampleText("zinc/ZnLiVPO4F.echem").replace("electrolyte water_in_salt", "electrolyte aqueous");
        assertFires("window.aqueous-voltage", plain);
    }

    @Test
    void aqueousVoltageBelowWaterWindowIsSilent() {
        assertSilent("window.aqueous-voltage",
                zinc("aqueous { solvent H2O salt ZnSO4 2 mol/L }", "potential 1.2 V vs Zn[2+]/Zn", ""));
        assertFires("window.aqueous-voltage",
                zinc("aqueous { solvent H2O salt ZnSO4 2 mol/L }", "potential 1.5 V vs Zn[2+]/Zn", ""));
    }

    @Test
    void aDeclaredWindowReplacesTheWaterWindow() {
        String electrolyte = "aqueous { solvent H2O salt ZnSO4 2 mol/L window 0 V to 2.0 V vs Zn[2+]/Zn }";
        List<String> codes = codes(zinc(electrolyte, "potential 1.5 V vs Zn[2+]/Zn", ""));
        assertFalse(codes.contains("window.aqueous-voltage"), codes.toString());
        assertFalse(codes.contains("window.zinc-hydrogen-evolution"), codes.toString());
        assertFalse(codes.contains("window.outside-declared"), codes.toString());
        assertFires("window.outside-declared", zinc(electrolyte, "potential 2.2 V vs Zn[2+]/Zn", ""));
    }

    @Test
    void pHDecoupledCompartmentsCountAsAStrategy() {
        // the alkaline-acid Zn-air cell runs at 2.55 V theoretical but decouples the pH (seed-000 §3.8)
        assertFalse(exampleCodes("metalair/ZnAirAsymmetric.echem").contains("window.aqueous-voltage"));
        String cell = """
                cell T : metal_air {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { catalyst Pt potential 1.229 V vs SHE }
                    compartment Anolyte { electrolyte aqueous { solvent H2O %s } holds A }
                    compartment Catholyte { electrolyte aqueous { solvent H2O acid H2SO4 1 mol/L } holds C }
                }
                """;
        assertSilent("window.aqueous-voltage", cell.formatted("base KOH 6 mol/L"));
        assertFires("window.aqueous-voltage", cell.formatted("acid H2SO4 1 mol/L"));
    }

    @Test
    void magnesiumLithiumHybridSitsInsideItsDeclaredWindow() {
        // R-W2 OK at 1.75 V (< 3 V): the example declares the Mg electrolyte's 0-3 V window vs Mg
        assertFalse(exampleCodes("multivalent/MgLiVO2Hybrid.echem").contains("window.outside-declared"));
        String narrow = exampleText("multivalent/MgLiVO2Hybrid.echem").replace("window 0 V to 3 V", "window 0 V to 1.5 V");
        assertFires("window.outside-declared", narrow);
    }

    @Test
    void positiveAboveDeclaredWindowWarns() {
        String cell = """
                cell T : battery {
                    negative A { active Li { mechanism plating stores Li[+] } }
                    positive C { active NMC811 potential %s V vs Li+/Li }
                    electrolyte organic { solvent EC salt LiPF6 window 0 V to 4.3 V vs Li+/Li }
                }
                """;
        assertFires("window.outside-declared", cell.formatted("4.6"));
        assertSilent("window.outside-declared", cell.formatted("3.8"));
    }

    @Test
    void aluminiumCannotBeRechargedInWater() {
        String cell = """
                cell T : %s {
                    negative A { active Al { mechanism plating stores Al[3+] } }
                    positive C { active alpha_MnO2 }
                    electrolyte aqueous { solvent H2O salt AlCl3 1 mol/L }
                }
                """;
        assertFires("window.reactive-metal-in-water", cell.formatted("battery"));
        List<String> primary = codes(cell.formatted("metal_air"));
        assertFalse(primary.contains("window.reactive-metal-in-water"));
        assertTrue(primary.contains("window.primary-self-corrosion"));
    }

    @Test
    void magnesiumAirReportsSelfCorrosionNotAnError() {
        List<String> codes = exampleCodes("metalair/MgAirDualElectrolyte.echem");
        assertTrue(codes.contains("window.primary-self-corrosion"), codes.toString());
        assertFalse(codes.contains("window.reactive-metal-in-water"));
    }

    @Test
    void zincInPlainWaterNeedsMitigation() {
        assertFires("window.zinc-hydrogen-evolution", zinc("aqueous { solvent H2O salt ZnSO4 2 mol/L }", "", ""));
        assertSilent("window.zinc-hydrogen-evolution",
                zinc("aqueous { solvent H2O salt ZnSO4 2 mol/L additive MnSO4 0.1 mol/L }", "", ""));
        assertSilent("window.zinc-hydrogen-evolution", zinc("water_in_salt { solvent H2O salt ZnCl2 30 mol/kg }", "", ""));
        // Z-02 is answered by the concentrated electrolyte of the high-entropy example
        assertFalse(exampleCodes("highentropy/ZnSymmetricHeElectrolyte.echem").contains("window.zinc-hydrogen-evolution"));
        assertFalse(exampleCodes("zinc/ZnAmmoniumHybrid.echem").contains("window.reactive-metal-in-water"));
    }

    @Test
    void positiveAboveOxygenEvolutionWarns() {
        String electrolyte = "aqueous { solvent H2O salt ZnSO4 2 mol/L pH 7 }";
        // E_OER(pH 7) = 1.229 - 0.0592 x 7 = 0.815 V vs SHE
        assertFires("window.oxygen-evolution", zinc(electrolyte, "potential 1.0 V vs SHE", ""));
        assertSilent("window.oxygen-evolution", zinc(electrolyte, "potential 0.7 V vs SHE", ""));
    }

    @Test
    void anionHostNeedsAWindowUpToItsCutoff() {
        String cell = """
                cell T : dual_ion {
                    negative A { active Li { mechanism plating stores Li[+] } }
                    positive C { active Graphite { mechanism anion_intercalation stores PF6[-] } }
                    electrolyte organic { solvent EC salt LiPF6 %s }
                }
                """;
        assertFires("window.anion-host-window", cell.formatted("window 0 V to 4.2 V vs Li+/Li"));
        assertSilent("window.anion-host-window", cell.formatted("window 0 V to 5.2 V vs Li+/Li"));
        assertFires("window.anion-host-window-unknown", cell.formatted(""));
        assertSilent("window.anion-host-window-unknown", cell.formatted("window 0 V to 5.2 V vs Li+/Li"));
    }

    @Test
    void dualIonExamplesAskForTheWindow() {
        String potassium = specs.validate(specs.example("multivalent/PotassiumDualIonSnFoil.echem")).stream()
                .filter(i -> "window.anion-host-window-unknown".equals(i.getCode())).findFirst().orElseThrow()
                .getMessage();
        // 4.5 V vs Li+/Li = 1.46 V vs SHE = 4.39 V vs K+/K, in the potassium cell's own scale
        assertTrue(potassium.contains("4.39 V vs K+/K"), potassium);
        assertTrue(exampleCodes("multivalent/CalciumDualIon.echem").contains("window.anion-host-window-unknown"));
    }

    @Test
    void dilueAqueousAnionIntercalationWarns() {
        assertTrue(exampleCodes("zinc/ZnGraphiteDualIon.echem").contains("window.dilute-aqueous-anion-host"));
        String concentrated = exampleText("zinc/ZnGraphiteDualIon.echem").replace("electrolyte aqueous",
                "electrolyte water_in_salt");
        assertSilent("window.dilute-aqueous-anion-host", concentrated);
    }

    @Test
    void phosphateDoesNotIntercalateIntoGraphite() {
        String cell = """
                cell T : dual_ion {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active Graphite { mechanism anion_intercalation stores %s } }
                    electrolyte water_in_salt { solvent H2O salt ZnCl2 30 mol/kg }
                }
                """;
        assertFires("window.multivalent-anion-graphite", cell.formatted("PO4[3-]"));
        assertSilent("window.multivalent-anion-graphite", cell.formatted("ClO4[-]"));
    }

    @Test
    void zincCutoffsFollowTheElectrolyte() {
        String dilute = "aqueous { solvent H2O salt ZnSO4 2 mol/L }";
        String concentrated = "water_in_salt { solvent H2O salt ZnOTf2 4 mol/kg }";
        String protocol = "protocol { charge 1 C to %s V discharge 1 C to 0.8 V }";
        assertFires("window.zinc-cutoff-dilute", zinc(dilute, "", protocol.formatted("1.9")));
        assertSilent("window.zinc-cutoff-dilute", zinc(dilute, "", protocol.formatted("1.8")));
        assertSilent("window.zinc-cutoff-dilute", zinc(concentrated, "", protocol.formatted("2.0")));
        assertFires("window.zinc-cutoff-aqueous", zinc(concentrated, "", protocol.formatted("2.3")));
        assertSilent("window.zinc-cutoff-aqueous", zinc(concentrated, "", protocol.formatted("2.1")));
    }
}
