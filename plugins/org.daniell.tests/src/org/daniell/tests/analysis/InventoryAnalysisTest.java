package org.daniell.tests.analysis;

import static org.daniell.tests.analysis.EnergyBasesTest.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.model.analysis.AcidBaseUse;
import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.CompartmentAnalysis;
import org.daniell.model.analysis.InventoryAnalysis;
import org.daniell.model.analysis.IonSource;
import org.daniell.model.analysis.MembraneFlux;
import org.daniell.model.analysis.SaltUse;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Electrolyte and ion-inventory figures reproduce seed-000 §3.3–§3.5, §3.8 and §8 (tolerance 2 %). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
public class InventoryAnalysisTest {

    /** seed-000 §3.8: KOH (Zn) ▸ CEM ▸ K2SO4 ▸ AEM ▸ H2SO4 (MnO2), ref 103. */
    public static final String THREE_CHAMBER = """
            package t
            material MnO2x : active { formula MnO2 mechanism conversion }
            cell ThreeChamber : battery {
                anode ZincAnode { active Zn { mechanism plating } reaction Zn + 4 OH[-] -> Zn(OH)4[2-] + 2 e- }
                cathode MnO2Cathode { active MnO2x { mechanism conversion } reaction MnO2 + 4 H[+] + 2 e- -> Mn[2+] + 2 H2O }
                compartment Anolyte { electrolyte A aqueous { solvent H2O base KOH 6 mol/L } holds ZincAnode tank 10 mL }
                compartment Middle { electrolyte M aqueous { solvent H2O salt K2SO4 0.5 mol/L } }
                compartment Catholyte { electrolyte C aqueous { solvent H2O acid H2SO4 1 mol/L } holds MnO2Cathode tank 10 mL }
                membrane CEM : cation_exchange between Anolyte and Middle { passes K[+] }
                membrane AEM : anion_exchange between Middle and Catholyte { passes SO4[2-] }
            }
            """;

    @Inject
    private Specs specs;

    private InventoryAnalysis example(String path) {
        return CellAnalyses.of(Specs.firstCell(specs.example(path))).inventory();
    }

    @Test
    void calciumDualIonConsumesSixGramsOfSaltPerAh() {
        InventoryAnalysis inventory = example("multivalent/CalciumDualIon.echem");
        assertEquals("dual-ion", inventory.compensation().kind());
        assertEquals(-1, inventory.compensation().saltPerElectron().orElseThrow().value(), 1e-9);
        SaltUse salt = inventory.salts().get(0);
        assertEquals(2, salt.electrons(), 1e-9);
        assertWithin(6.156, salt.gramsPerAh(), 0.02); // seed-000 §3.3 table, §8 X1
        assertWithin(26.7, salt.volumePerAh().orElseThrow(), 0.02); // mL/Ah at 0.7 M, full depletion
    }

    @Test
    void znMgVanadateIsNeutralWithIonicStrengthEight() {
        CompartmentAnalysis electrolyte = example("zinc/ZnMgVanadate.echem").compartments().get(0);
        assertWithin(4.0, electrolyte.cationCharge().orElseThrow(), 0.02); // seed-000 §3.5, §8 X7
        assertWithin(4.0, electrolyte.anionCharge().orElseThrow(), 0.02);
        assertWithin(8.0, electrolyte.ionicStrength().orElseThrow(), 0.02);
    }

    @Test
    void ammoniumAcetateHybridHasNineteenEquivalentsEachSide() {
        CompartmentAnalysis electrolyte = example("zinc/ZnAmmoniumHybrid.echem").compartments().get(0);
        assertWithin(19, electrolyte.cationCharge().orElseThrow(), 0.02); // seed-000 §3.5 (ref 138)
        assertWithin(19, electrolyte.anionCharge().orElseThrow(), 0.02);
    }

    @Test
    void mgLiVO2NeedsLithiumChlorideForTheFirstDischarge() {
        InventoryAnalysis inventory = example("multivalent/MgLiVO2Hybrid.echem");
        assertEquals("Daniell-type dual cation", inventory.compensation().kind());
        IonSource source = inventory.ionSource().orElseThrow();
        assertEquals("li", source.ion().id());
        assertEquals("first discharge", source.firstStep());
        assertWithin(1.58, source.saltGramsPerAh().orElseThrow(), 0.02); // seed-000 §3.4, §8 X5
    }

    @Test
    void znLiVPO4FPlatesZincFromTheElectrolyteOnTheFirstCharge() {
        IonSource source = example("zinc/ZnLiVPO4F.echem").ionSource().orElseThrow();
        assertEquals("zn", source.ion().id());
        assertEquals("first charge", source.firstStep());
        assertWithin(0.01866, source.molesPerAh(), 0.02); // seed-000 §8 X6
        assertWithin(6.78, source.saltGramsPerAh().orElseThrow(), 0.02);
    }

    @Test
    void threeChamberZincMnO2UsesBaseAndAcidAndMovesKAndSulfateOutward() {
        InventoryAnalysis inventory = CellAnalyses.of(Specs.firstCell(specs.text(THREE_CHAMBER))).inventory();
        AcidBaseUse base = use(inventory.acidBase(), "oh");
        AcidBaseUse acid = use(inventory.acidBase(), "h");
        assertEquals(2, base.perElectron(), 1e-9);
        assertWithin(0.0746, base.molesPerAh(), 0.02); // seed-000 §3.8: KOH >= 0.0746 mol (4.19 g) per Ah
        assertWithin(4.19, base.gramsPerAh().orElseThrow(), 0.02);
        assertWithin(3.66, acid.gramsPerAh().orElseThrow(), 0.02); // H2SO4 >= 0.0373 mol (3.66 g) per Ah
        assertWithin(804, base.inventoryCapacity().orElseThrow(), 0.02); // 26.80 · 0.06 mol / 2
        assertWithin(268, acid.inventoryCapacity().orElseThrow(), 0.02); // 26.80 · 0.02 mol H+ / 2
        List<MembraneFlux> fluxes = inventory.fluxes();
        assertEquals(2, fluxes.size());
        assertEquals("K[+] from Anolyte to Middle", fluxes.get(0).discharge());
        assertEquals("SO4[2-] from Catholyte to Middle", fluxes.get(1).discharge());
    }

    @Test
    void coupledFlowFuelCellTakesSulfateAndSodiumFromTheMiddle() {
        List<MembraneFlux> fluxes = example("fuelcell/AcidAlkaliH2O2FuelCell.echem").fluxes();
        assertEquals("SO4[2-] from NeutralChamber to AlkalineChamber", fluxes.get(0).discharge());
        assertEquals("Na[+] from NeutralChamber to AcidChamber", fluxes.get(1).discharge());
        assertTrue(fluxes.get(1).charge().startsWith("cations from AcidChamber"));
    }

    private static AcidBaseUse use(List<AcidBaseUse> uses, String ion) {
        return uses.stream().filter(u -> u.ion().id().equals(ion)).findFirst().orElseThrow();
    }
}
