package org.daniell.chem.electrochem;

import static org.daniell.chem.SeedNumbers.assertSeed;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WaterWindowTest {

    @Test
    void linesAtPh0Ph7Ph14() {
        // seed-000 R-W3/R-W4: E_HER = −0.0592·pH, E_OER = 1.229 − 0.0592·pH V vs SHE
        WaterWindow acid = WaterWindow.atPh(0);
        assertEquals(0.0, acid.hydrogenEvolution().volts(), 1e-12);
        assertSeed(1.229, acid.oxygenEvolution().volts(), "seed-000 R-W4 pH 0");
        WaterWindow neutral = WaterWindow.atPh(7);
        assertSeed(-0.0592 * 7, neutral.hydrogenEvolution().volts(), "seed-000 R-W3 pH 7");
        assertSeed(1.229 - 0.0592 * 7, neutral.oxygenEvolution().volts(), "seed-000 R-W4 pH 7");
        WaterWindow base = WaterWindow.atPh(14);
        assertSeed(-0.828, base.hydrogenEvolution().volts(), "seed-000 §3.1 (HER at pH 14)");
        assertSeed(0.401, base.oxygenEvolution().volts(), "seed-000 §3.1 (ORR/OER at pH 14)");
    }

    @Test
    void widthIs1point23VoltAtEveryPh() {
        // seed-000 R-W1: "the theoretical 1.23 V limit"; seed-001-002 §3.3: "window 1.23 V"
        for (double pH = 0; pH <= 14; pH += 0.5) {
            assertSeed(1.23, WaterWindow.atPh(pH).widthVolts(), "seed-000 R-W1 at pH " + pH);
        }
    }

    @Test
    void atPh4AgainstZincHerIs0point52AndOerIs1point75Volt() {
        // seed-001-002 §3.3: "Relative to Zn/Zn²⁺ (−0.76 V vs SHE), at pH 4: HER ≈ +0.52 V and OER ≈ +1.75 V".
        // With the CRC E°(Zn) = −0.7618 V the HER line is 0.525 V: the seed truncates to two decimals
        // (0.523 V with its own −0.76 V), so HER is compared at the seed's printed precision.
        SolutionConditions pH4 = SolutionConditions.atPh(4);
        WaterWindow vsZn = WaterWindow.at(pH4).on(ReferenceElectrode.ZN, pH4);
        assertEquals(0.52, vsZn.hydrogenEvolution().volts(), 0.006, "seed-001-002 §3.3 HER vs Zn at pH 4");
        assertSeed(1.75, vsZn.oxygenEvolution().volts(), "seed-001-002 §3.3 OER vs Zn at pH 4");
        assertEquals(ReferenceElectrode.ZN, vsZn.oxygenEvolution().reference());
    }

    @Test
    void zincPlatingIsAlwaysBelowHer() {
        // seed-001-002 §3.3: "Zn plating at 0 V vs Zn/Zn²⁺ is always thermodynamically below HER"
        SolutionConditions c = SolutionConditions.atPh(4);
        assertFalse(WaterWindow.at(c).contains(ElectrodePotential.of(0, ReferenceElectrode.ZN), c));
        assertTrue(WaterWindow.at(c).contains(ElectrodePotential.of(1.2, ReferenceElectrode.ZN), c));
    }

    @Test
    void practicalDiluteZincCutOffLiesAboveTheThermodynamicOer() {
        // seed-001-002 §3.3 E17: upper cut-off 1.8 V vs Zn/Zn²⁺ in 2 M ZnSO4; OER at pH 4 is 1.75 V vs Zn
        PracticalWindow dilute = PracticalWindows.find("zn_dilute_aqueous").orElseThrow();
        ElectrodePotential cutOff = dilute.limit().orElseThrow();
        SolutionConditions c = SolutionConditions.atPh(4);
        assertSeed(1.038, cutOff.to(ReferenceElectrode.SHE).volts(), "seed-001-002 §3.3 E17 on the SHE scale");
        assertFalse(WaterWindow.at(c).contains(cutOff, c));
    }

    @Test
    void needsAPh() {
        assertThrows(IllegalArgumentException.class, () -> WaterWindow.at(SolutionConditions.standard()));
    }
}
