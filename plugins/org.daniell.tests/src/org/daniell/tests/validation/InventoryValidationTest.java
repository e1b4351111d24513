package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.fixes.QuickFix;
import org.daniell.fixes.QuickFixes;
import org.daniell.fixes.TextEdit;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.daniell.tests.analysis.InventoryAnalysisTest;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Electrolyte, inventory and compartment checks (seed-000 §4.1 R-E1..R-E8; seed-001-002 §3 E7), with quick fixes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class InventoryValidationTest {

    private static final String DIB = """
            package t
            material EG : active { formula C mechanism anion_intercalation carriers PF6[-] }
            cell Dib : dual_ion {
                negative N { active Graphite { mechanism intercalation stores Li[+] } }
                positive P { active EG { mechanism anion_intercalation stores PF6[-] } }
                electrolyte organic {
                    salt LiPF6 1 mol/L%s
                }
            }
            """;

    private static final String ZN_LFP = """
            package t
            material LFPx : active { formula LiFePO4 mechanism intercalation carriers Li[+] }
            cell ZnLfp : hybrid_battery {
                negative ZincAnode { active Zn { mechanism plating stores Zn[2+] } }
                positive LfpCathode { active LFPx { mechanism intercalation stores Li[+] } }
                electrolyte aqueous { solvent H2O salt ZnSO4 %s mol/L salt LiCl 1 mol/L amount 2.95 uL/mAh }
            }
            """;

    private static final String ZN_HOST = """
            package t
            material MnO2x : active { formula MnO2 mechanism intercalation }
            cell ZnHost : hybrid_battery {
                negative ZincAnode { active Zn { mechanism plating stores Zn[2+] } }
                positive Host { active MnO2x { mechanism intercalation stores %s } }
                electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L }
            }
            """;

    private static final String FREE_IONS = """
            package t
            material CuIon : additive { formula Cu[2+] }
            material SulfateIon : additive { formula SO4[2-] }
            cell Additives : battery {
                negative ZincAnode { active Zn { mechanism plating stores Zn[2+] } }
                positive P { active Graphite }
                electrolyte aqueous { solvent H2O salt ZnSO4 1 mol/L %s }
            }
            """;

    private static final String RDIB = """
            package t
            material FcC : active { formula C mechanism intercalation carriers Cl[-] }
            material PBA : active { formula Zn3Fe2C12N12 mechanism intercalation carriers Zn[2+] }
            cell Rdib : reverse_dual_ion {
                negative N { active FcC { stores Cl[-] } }
                positive P { active PBA { stores Zn[2+] } }
                electrolyte water_in_salt { solvent H2O salt ZnCl2 %s }
            }
            """;

    private static final String ACID_BASE = """
            package t
            cell AcidBase : metal_air {
                anode ZincAnode { active Zn { mechanism plating } reaction Zn + 4 OH[-] -> Zn(OH)4[2-] + 2 e- }
                cathode AirCathode { reaction O2 + 4 H[+] + 4 e- -> 2 H2O }
                compartment Anolyte { electrolyte A aqueous { solvent H2O base KOH %s } holds ZincAnode }
                compartment Catholyte { electrolyte C aqueous { solvent H2O acid H2SO4 } holds AirCathode }
                membrane Sep : %s between Anolyte and Catholyte { passes %s }
            }
            """;

    @Inject
    private Specs specs;

    private List<String> codes(String text) {
        return Specs.codes(specs.validate(specs.text(text)));
    }

    private List<String> exampleCodes(String path) {
        return Specs.codes(specs.validate(specs.example(path)));
    }

    // ---- R-E1, §3.5 -------------------------------------------------------------------------------------------

    @Test
    void freeIonWithoutCounterIonIsAnError() {
        List<String> codes = codes(FREE_IONS.formatted("additive CuIon 0.001 mol/L"));
        assertTrue(codes.contains("electrolyte.free-ion"), codes::toString);
        assertFalse(codes.contains("electrolyte.not-neutral"), codes::toString);
    }

    @Test
    void freeIonsThatDoNotBalanceAreNotNeutral() {
        List<String> codes = codes(FREE_IONS.formatted("additive CuIon 0.001 mol/L additive SulfateIon 0.002 mol/L"));
        assertTrue(codes.contains("electrolyte.not-neutral"), codes::toString);
        assertFalse(codes.contains("electrolyte.free-ion"), codes::toString);
        List<String> balanced = codes(FREE_IONS.formatted("additive CuIon 0.001 mol/L additive SulfateIon 0.001 mol/L"));
        assertFalse(balanced.contains("electrolyte.not-neutral"), balanced::toString);
    }

    @Test
    void saltsOfTheSeedExamplesAreNeutral() {
        for (String example : List.of("zinc/ZnMgVanadate.echem", "zinc/ZnAmmoniumHybrid.echem")) {
            List<String> codes = exampleCodes(example);
            assertFalse(codes.contains("electrolyte.not-neutral") || codes.contains("electrolyte.free-ion")
                    || codes.contains("electrolyte.unknown-ions"), example + ": " + codes);
        }
    }

    @Test
    void saltWithoutFormulaIsLeftOutOfTheBalance() {
        assertTrue(exampleCodes("multivalent/MgLiVO2Hybrid.echem").contains("electrolyte.unknown-ions"));
    }

    @Test
    void thirtyMolarIsProbablyAMolalityAndTheFixSaysSo() {
        Resource resource = specs.example("zinc/ZnReverseDualIon.echem");
        List<Issue> issues = specs.validate(resource);
        assertTrue(Specs.codes(issues).contains("electrolyte.molarity-implausible"), Specs.codes(issues)::toString);
        Issue issue = issues.stream().filter(i -> "electrolyte.molarity-implausible".equals(i.getCode())).findFirst()
                .orElseThrow();
        List<QuickFix> fixes = QuickFixes.fixesFor(issue, resource);
        assertEquals(1, fixes.size());
        String text = text(resource);
        String fixed = TextEdit.apply(text, fixes.get(0).edits());
        assertEquals(text.replace("salt ZnCl2 30 mol/L", "salt ZnCl2 30 mol/kg"), fixed);
        assertFalse(codes(RDIB.formatted("15 mol/L")).contains("electrolyte.molarity-implausible"));
    }

    // ---- R-E2, R-E3 -------------------------------------------------------------------------------------------

    @Test
    void hybridWithOneCarrierIsNotMultiIon() {
        assertTrue(codes(ZN_HOST.formatted("Zn[2+]")).contains("inventory.single-ion"));
        assertFalse(exampleCodes("zinc/ZnMgVanadate.echem").contains("inventory.single-ion"));
    }

    @Test
    void storedIonMustBeInTheElectrolyteOrTheHost() {
        List<String> codes = codes(ZN_HOST.formatted("Na[+]"));
        assertTrue(codes.contains("inventory.stored-ion-absent"), codes::toString);
        assertFalse(codes(ZN_LFP.formatted("7")).contains("inventory.stored-ion-absent"));
        assertFalse(exampleCodes("zinc/ZnMgVanadate.echem").contains("inventory.stored-ion-absent"));
    }

    // ---- R-E4, R-E5 -------------------------------------------------------------------------------------------

    @Test
    void dualIonWithoutElectrolyteAmountWarnsAndTheFixSetsTheAmountThatLasts() {
        assertTrue(exampleCodes("multivalent/CalciumDualIon.echem").contains("inventory.salt-amount-missing"));
        Resource resource = specs.text(DIB.formatted(""));
        Issue issue = specs.validate(resource).stream()
                .filter(i -> "inventory.salt-amount-missing".equals(i.getCode())).findFirst().orElseThrow();
        List<QuickFix> fixes = QuickFixes.fixesFor(issue, resource);
        assertEquals(1, fixes.size());
        String fixed = TextEdit.apply(text(resource), fixes.get(0).edits());
        // 1 Ah / (26.80 · 1 · (1.0 − 0.5) M) = 74.6 mL/Ah, rounded up (seed-000 §3.3)
        assertEquals(DIB.formatted("\n        amount 74.7 uL/mAh"), fixed);
        List<String> after = codes(fixed);
        assertFalse(after.contains("inventory.salt-amount-missing") || after.contains("inventory.salt-low"),
                after::toString);
    }

    @Test
    void saltRunningOutIsAnErrorAndFallingBelowCminAWarning() {
        assertTrue(codes(DIB.formatted(" amount 20 uL/mAh")).contains("inventory.salt-depleted"));
        List<String> low = codes(DIB.formatted(" amount 60 uL/mAh"));
        assertTrue(low.contains("inventory.salt-low"), low::toString);
        assertFalse(low.contains("inventory.salt-depleted"));
        List<String> enough = codes(DIB.formatted(" amount 100 uL/mAh"));
        assertFalse(enough.contains("inventory.salt-low") || enough.contains("inventory.salt-depleted")
                || enough.contains("inventory.salt-amount-missing"), enough::toString);
    }

    @Test
    void reverseDualIonReportsTheSaltItReleases() {
        assertTrue(exampleCodes("zinc/ZnReverseDualIon.echem").contains("inventory.salt-amount-missing"));
        List<String> codes = codes(RDIB.formatted("10 mol/L amount 50 uL/mAh"));
        assertTrue(codes.contains("inventory.salt-accumulates"), codes::toString);
        assertFalse(codes.contains("inventory.salt-amount-missing"));
        assertFalse(exampleCodes("multivalent/CalciumDualIon.echem").contains("inventory.salt-accumulates"));
    }

    // ---- R-E6, seed-001-002 E7 --------------------------------------------------------------------------------

    @Test
    void zincHybridWithTooLittleZincAtLeanElectrolyteIsAnError() {
        // 18.66 µmol/mAh / 2.95 µL/mAh = 6.3 M Zn2+ needed (seed-001-002 §6, F15b/E7)
        assertTrue(codes(ZN_LFP.formatted("2")).contains("inventory.ion-source-short"));
        List<String> enough = codes(ZN_LFP.formatted("7"));
        assertFalse(enough.contains("inventory.ion-source-short") || enough.contains("inventory.ion-source-missing"),
                enough::toString);
    }

    @Test
    void firstCycleSourceWithoutAmountsWarns() {
        assertTrue(exampleCodes("multivalent/MgLiVO2Hybrid.echem").contains("inventory.ion-source-missing"));
        assertTrue(exampleCodes("zinc/ZnLiVPO4F.echem").contains("inventory.ion-source-missing"));
    }

    // ---- R-E7, R-E8 -------------------------------------------------------------------------------------------

    @Test
    void acidAndBaseInOneCompartmentIsAnError() {
        String text = """
                package t
                cell Mixed : metal_air {
                    anode ZincAnode { active Zn { mechanism plating } }
                    cathode AirCathode { reaction O2 + 4 H[+] + 4 e- -> 2 H2O }
                    compartment Shared { electrolyte Mixture aqueous { solvent H2O acid H2SO4 base KOH } holds ZincAnode, AirCathode }
                }
                """;
        List<String> codes = codes(text);
        assertTrue(codes.contains("compartment.acid-and-base"), codes::toString);
        assertFalse(exampleCodes("fuelcell/AcidAlkaliH2O2FuelCell.echem").contains("compartment.acid-and-base"));
    }

    @Test
    void acidAndBaseAcrossAPorousSeparatorNeutralise() {
        assertTrue(codes(ACID_BASE.formatted("", "porous", "K[+]")).contains("compartment.porous-acid-base"));
        assertFalse(codes(ACID_BASE.formatted("", "cation_exchange", "K[+]")).contains("compartment.porous-acid-base"));
    }

    @Test
    void compartmentsWithoutMembraneAreReported() {
        assertTrue(exampleCodes("metalair/ZnWaterHydrogen.echem").contains("compartment.not-connected"));
        assertFalse(exampleCodes("fuelcell/AcidAlkaliH2O2FuelCell.echem").contains("compartment.not-connected"));
    }

    @Test
    void acidBaseInventoryNeedsAmountsAndBoundsTheCapacity() {
        List<String> fuelCell = exampleCodes("fuelcell/AcidAlkaliH2O2FuelCell.echem");
        assertTrue(fuelCell.contains("compartment.acid-base-amount-missing"), fuelCell::toString);
        List<String> stated = codes(InventoryAnalysisTest.THREE_CHAMBER);
        assertFalse(stated.contains("compartment.acid-base-amount-missing") || stated.contains("compartment.acid-base-short"),
                stated::toString);
        List<String> short_ = codes(InventoryAnalysisTest.THREE_CHAMBER.replace("cell ThreeChamber : battery {",
                "cell ThreeChamber : battery {\n    format pouch { capacity 1000 mAh }"));
        assertTrue(short_.contains("compartment.acid-base-short"), short_::toString);
    }

    @Test
    void membranesMustPassTheIonsThatKeepCompartmentsNeutral() {
        List<String> ok = exampleCodes("fuelcell/AcidAlkaliH2O2FuelCell.echem");
        assertTrue(ok.contains("membrane.flux"), ok::toString);
        assertFalse(ok.contains("membrane.flux-blocked") || ok.contains("membrane.passes-wrong-sign"), ok::toString);
        List<String> blocked = codes(InventoryAnalysisTest.THREE_CHAMBER.replace("passes K[+]", "passes Na[+]"));
        assertTrue(blocked.contains("membrane.flux-blocked"), blocked::toString);
        List<String> wrongSign = codes(InventoryAnalysisTest.THREE_CHAMBER.replace("passes K[+]", "passes K[+], SO4[2-]"));
        assertTrue(wrongSign.contains("membrane.passes-wrong-sign"), wrongSign::toString);
        assertFalse(wrongSign.contains("membrane.flux-blocked"), wrongSign::toString);
    }

    @Test
    void bipolarMembraneNeedsWaterDissociation() {
        assertTrue(exampleCodes("metalair/ZnAirAsymmetric.echem").contains("membrane.bipolar-junction"));
        assertTrue(exampleCodes("fuelcell/HydrazineBipolarFuelCell.echem").contains("membrane.bipolar-junction"));
        assertFalse(exampleCodes("fuelcell/AcidAlkaliH2O2FuelCell.echem").contains("membrane.bipolar-junction"));
    }

    private static String text(Resource resource) {
        return ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult().getRootNode().getText();
    }
}
