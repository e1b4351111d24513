package org.daniell.chem.electrochem;

import static org.daniell.chem.SeedNumbers.assertSeed;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PotentialScaleTest {

    @ParameterizedTest
    @CsvSource({ "LI, -3.04", "NA, -2.71", "K, -2.93", "MG, -2.37", "CA, -2.87", "ZN, -0.76", "AL, -1.66",
            "AG_AGCL_SAT_KCL, 0.197", "SCE, 0.241", "HG_HGO_1M_KOH, 0.098", "SHE, 0" })
    void referencePotentialsVsShe(ReferenceElectrode reference, double seedVolts) {
        // seed-000 R-D2: "E_SHE = E_ref + E°(ref) with E°: Li −3.04, Na −2.71, K −2.93, Mg −2.37, Ca −2.87,
        // Zn −0.76, Al −1.66, Ag/AgCl(sat. KCl) +0.197, SCE +0.241"; Hg/HgO (1 M KOH) 0.098 (project brief)
        double actual = PotentialScale.referenceVsShe(reference, SolutionConditions.standard());
        if (seedVolts == 0) {
            assertEquals(0, actual, 0);
        } else {
            assertSeed(seedVolts, actual, "seed-000 R-D2 " + reference);
        }
    }

    @Test
    void rheFollowsThePh() {
        // seed-000 R-D2: "RHE: E_SHE = E_RHE − 0.0592·pH"
        SolutionConditions pH13 = SolutionConditions.atPh(13);
        ElectrodePotential oer = ElectrodePotential.of(1.23, ReferenceElectrode.RHE);
        assertSeed(1.23 - 0.0592 * 13, oer.to(ReferenceElectrode.SHE, pH13).volts(), "seed-000 R-D2 RHE");
        assertThrows(IllegalArgumentException.class, () -> oer.to(ReferenceElectrode.SHE));
        // Hg/HgO → RHE at pH 14: 0.098 + 0.828 V
        assertSeed(0.926, ElectrodePotential.of(0, ReferenceElectrode.HG_HGO_1M_KOH)
                .to(ReferenceElectrode.RHE, SolutionConditions.atPh(14)).volts(), "Hg/HgO vs RHE");
    }

    @Test
    void copperAgainstZinc() {
        // seed-001-002 §3.4 S5: "Cu/Cu²⁺ 0.34 V vs SHE ≈ 1.10 V vs Zn/Zn²⁺"
        ElectrodePotential cu = StandardPotentials.require("cu").standardPotential();
        assertSeed(1.10, cu.to(ReferenceElectrode.ZN).volts(), "seed-001-002 §3.4 S5");
    }

    @Test
    void aluminiumReductionShiftedToMagnesium() {
        // seed-000 §3.1.4.3 (ref 84): Al3+ reduction potential shifts "from −1.66 V to −2.37 V" (0.71 V)
        ElectrodePotential mgVsAl = ElectrodePotential.of(0, ReferenceElectrode.MG).to(ReferenceElectrode.AL);
        assertSeed(-0.71, mgVsAl.volts(), "seed-000 §3.1.4.3 ref 84");
    }

    @Test
    void magnesiumElectrolyteAnodicLimitOnOtherScales() {
        // seed-000 R-W2 (ref 84): anodic stability +2.35 V vs Mg/Mg²⁺
        ElectrodePotential limit = PracticalWindows.find("pyr14cl_alcl3_mgcl2").orElseThrow().limit().orElseThrow();
        assertEquals(2.35 - 2.372, limit.to(ReferenceElectrode.SHE).volts(), 1e-9);
        assertEquals(2.35 - 2.372 + 3.0401, limit.to(ReferenceElectrode.LI).volts(), 1e-9);
    }

    @Test
    void agAgClAndSce() {
        ElectrodePotential e = ElectrodePotential.of(0.64, ReferenceElectrode.AG_AGCL_SAT_KCL);
        assertEquals(0.837, e.to(ReferenceElectrode.SHE).volts(), 1e-9);
        assertEquals(0.64 + 0.197 - 0.241, e.to(ReferenceElectrode.SCE).volts(), 1e-9);
    }

    @Test
    void roundTripThroughEveryReference() {
        SolutionConditions c = SolutionConditions.of(318.15, 5.5);
        ElectrodePotential start = ElectrodePotential.of(0.4321, ReferenceElectrode.SHE);
        for (ReferenceElectrode a : ReferenceElectrode.values()) {
            for (ReferenceElectrode b : ReferenceElectrode.values()) {
                ElectrodePotential back = start.to(a, c).to(b, c).to(ReferenceElectrode.SHE, c);
                assertEquals(start.volts(), back.volts(), 1e-12, a + " -> " + b);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "SHE | SHE", "vs. Li+/Li | LI", "Li/Li+ | LI", "vs Zn/Zn2+ | ZN",
            "Zn[2+]/Zn | ZN", "Zn²⁺/Zn | ZN", "vs Mg | MG", "Ag/AgCl | AG_AGCL_SAT_KCL", "SCE | SCE", "RHE | RHE",
            "NHE | SHE", "Hg/HgO | HG_HGO_1M_KOH", "versus Na+/Na | NA" })
    void referencesAsWritten(String text, ReferenceElectrode expected) {
        assertEquals(Optional.of(expected), ReferenceElectrode.parse(text));
    }

    @Test
    void unknownReference() {
        assertEquals(Optional.empty(), ReferenceElectrode.parse("vs. Cu/Cu2+"));
        assertEquals(Optional.empty(), ReferenceElectrode.parse(null));
    }

    @Test
    void sodiumBelowMagnesiumIsNotTheSeeds0point36Volt() {
        // seed-000 §3.1.2.3 says Na+/Na is "0.36 V below Mg2+/Mg"; standard values give 0.338 V.
        // 0.36 V matches the paper's other Mg value −2.35 V (F§9 item 3), not −2.372 V.
        double gap = ElectrodePotential.of(0, ReferenceElectrode.NA).to(ReferenceElectrode.MG).volts();
        assertEquals(-0.338, gap, 0.0005);
        assertEquals(-0.36, -2.71 - (-2.35), 1e-9);
    }
}
