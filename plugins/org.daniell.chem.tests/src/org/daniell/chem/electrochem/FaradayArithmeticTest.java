package org.daniell.chem.electrochem;

import static org.daniell.chem.SeedNumbers.assertSeed;

import org.daniell.chem.PhysicalConstants;
import static org.daniell.chem.SeedNumbers.assertSeed;

import org.junit.jupiter.api.Test;

/** Charge ↔ amount conversions through F that the seeds print. */
class FaradayArithmeticTest {

    private static final double F_AH = PhysicalConstants.AMPERE_HOURS_PER_MOLE;

    @Test
    void faradayInAmpereHours() {
        // seed-000 F§3.8, F§6: 26.80 Ah per mol e-
        assertSeed(26.80, F_AH, "seed-000 F§6");
    }

    @Test
    void oneMilliampereHourOfElectronsAndZincIons() {
        // seed-001-002 F15: "1 mAh = 3.6 C = 37.31 µmol e⁻ = 18.66 µmol Zn²⁺"
        double electronsMicromol = 3.6 / PhysicalConstants.FARADAY * 1e6;
        assertSeed(37.31, electronsMicromol, "seed-001-002 F15");
        assertSeed(18.66, electronsMicromol / 2, "seed-001-002 F15");
        // F15b: c_min = 18.66 / E/C_vol; at 2.95 µL/mAh: 6.3 M
        assertSeed(6.3, electronsMicromol / 2 / 2.95, "seed-001-002 F15b");
    }

    @Test
    void threeChamberZincManganeseInventories() {
        // seed-000 F§3.8: ½ K2SO4 per e- = 0.01866 mol/Ah; KOH ≥ 0.0746 mol/Ah; H2SO4 ≥ 0.0373 mol/Ah
        assertSeed(0.01866, 0.5 / F_AH, "seed-000 F§3.8 middle chamber");
        assertSeed(0.0746, 2 / F_AH, "seed-000 F§3.8 KOH");
        assertSeed(0.0373, 1 / F_AH, "seed-000 F§3.8 H2SO4");
        // CF-FC: "Q ≤ 53.6 Ah per mol Na2SO4" (½ Na2SO4 per e-)
        assertSeed(53.6, 2 * F_AH, "seed-000 F§3.8 CF-FC");
    }

    @Test
    void flowBatteryVolumetricCapacity() {
        // seed-000 F§6: Q_v = 26.80·n·c: "4 M e⁻ → 107.2 Ah L⁻¹"; "47.1 Ah L⁻¹ at 87.2% → 2.0 M e⁻"
        assertSeed(107.2, F_AH * 4, "seed-000 F§6 RFB");
        // printed to two significant figures: 2.015 M
        org.junit.jupiter.api.Assertions.assertEquals(2.0, 47.1 / 0.872 / F_AH, 0.05, "seed-000 F§6 RFB");
    }
}
