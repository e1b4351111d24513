package org.daniell.chem.electrochem;

import static org.daniell.chem.SeedNumbers.assertSeed;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Acid–alkali (pH-decoupled) voltage gains and theoretical voltages the seeds print. */
class AcidAlkaliGainTest {

    private static final SolutionConditions ACID = SolutionConditions.atPh(0);
    private static final SolutionConditions BASE = SolutionConditions.atPh(14);

    private static double emf(String positive, SolutionConditions positiveSide, String negative,
            SolutionConditions negativeSide) {
        ElectrodePotential p = StandardPotentials.require(positive).atPh(positiveSide.pH().orElseThrow());
        ElectrodePotential n = StandardPotentials.require(negative).atPh(negativeSide.pH().orElseThrow());
        return CellThermodynamics.emfVolts(p, positiveSide, n, negativeSide);
    }

    @Test
    void deltaPh14Gives0point828Volt() {
        // seed-000 F§3.8: "ΔpH = 14 → 0.828 V (= 79.9 kJ mol⁻¹ / F)"
        assertSeed(0.828, AcidAlkaliGain.voltageGain(14), "seed-000 F§3.8");
        double dG = AcidAlkaliGain.gibbsEnergyJoulesPerMole(14, 298.15);
        assertSeed(-79.9e3, dG, "seed-000 §3.1 / F§9 item 5 (sign corrected)");
        assertTrue(dG < 0);
    }

    @Test
    void alkalineHorAgainstAcidicOrrGives2point057Volt() {
        // seed-000 §3.1, §5.1, F§6: 1.229 + 0.828 = 2.057 V (CF-FC, ref 21)
        assertSeed(2.057, 1.229 + AcidAlkaliGain.voltageGain(14), "seed-000 F§6 ENE");
        assertSeed(2.057, emf("o2_h2o", ACID, "h2o_h2", BASE), "seed-000 §5.1 ref 21 (from the table)");
    }

    @Test
    void singleElectrolyteFuelCellsGive1point229Volt() {
        // seed-000 §3.1: alkaline "0.828 V + 0.401 V = 1.229 V"; acidic "0 V / 1.229 V -> 1.229 V"
        assertSeed(1.229, emf("o2_oh", BASE, "h2o_h2", BASE), "seed-000 §3.1 alkaline H2-O2");
        assertSeed(1.229, emf("o2_h2o", ACID, "h_h2", ACID), "seed-000 §3.1 acidic H2-O2");
        assertSeed(0.828, -StandardPotentials.require("h2o_h2").volts(), "seed-000 §3.1 alkaline HOR E0");
        assertSeed(0.401, StandardPotentials.require("o2_oh").volts(), "seed-000 §3.1 alkaline ORR E0");
    }

    @Test
    void alkalineHydrazineAgainstAcidicHerGives1point16Volt() {
        // seed-000 F§5.7 (ref 417): HzOR (alkaline) / BPM / HER (acidic), theoretical 1.16 V.
        // Reproduced at pH 14 | pH 0; the seed's "ΔpH ≈ 14.6" would give 1.195 V.
        assertSeed(1.16, emf("h_h2", ACID, "n2_n2h4", BASE), "seed-000 F§5.7 ref 417");
    }

    @Test
    void borohydrideFuelCellTheoreticalVoltages() {
        // seed-000 F§5.7 (refs 399, 418): DBFC theoretical 1.64 V; acid–alkali up to 3.01 V
        assertSeed(1.64, emf("o2_oh", BASE, "bo2_bh4", BASE), "seed-000 F§5.7 DBFC alkaline");
        assertSeed(3.01, emf("h2o2_h2o", ACID, "bo2_bh4", BASE), "seed-000 F§5.7 DBFC acid-alkali (H2O2)");
    }

    @Test
    void ironAirDecoupledTheoreticalVoltage() {
        // seed-000 F§5.7 (ref 527): Fe–air with alkaline anolyte and acidic catholyte, theoretical 2.11 V.
        // Reproduced with Fe(OH)2/Fe at pH 14 against the ORR at pH 0 (ΔpH 14), not with the seed's "ΔpH ≈ 7".
        assertSeed(2.11, emf("o2_h2o", ACID, "fe_oh2", BASE), "seed-000 F§5.7 ref 527");
        double deltaPh7 = emf("o2_h2o", SolutionConditions.atPh(7), "fe_oh2", BASE);
        assertEquals(1.69, deltaPh7, 0.01);
    }

    @Test
    void acidAndAlkalineFormsOfTheSameCoupleAgree() {
        // consistency of the table: the alkaline rows moved to pH 0 meet the acidic rows within 1 mV
        assertEquals(StandardPotentials.require("o2_h2o").volts(), StandardPotentials.require("o2_oh").atPh(0).volts(), 0.001);
        assertEquals(0.0, StandardPotentials.require("h2o_h2").atPh(0).volts(), 0.001);
    }
}
