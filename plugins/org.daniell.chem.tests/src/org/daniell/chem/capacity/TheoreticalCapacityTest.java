package org.daniell.chem.capacity;

import org.daniell.chem.PhysicalConstants;
import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TheoreticalCapacityTest {

    private static double q(String formula, double electrons) {
        return TheoreticalCapacity.mAhPerGram(ChemicalFormula.of(formula), electrons);
    }

    @Test
    @DisplayName("F = N_A·e = 96485.33212 C/mol (CODATA 2018 exact); F/3.6 = 26801.48 mAh/mol; 26.80 Ah/mol (seed-000 F§3.2)")
    void faraday() {
        assertEquals(96485.33212, PhysicalConstants.FARADAY, 1e-5);
        assertEquals(26801.48, PhysicalConstants.MILLIAMPERE_HOURS_PER_MOLE, 0.01);
        assertEquals(26.80, PhysicalConstants.AMPERE_HOURS_PER_MOLE, 0.005);
    }

    @ParameterizedTest(name = "{0}, n = {1}: {2} mAh/g")
    @DisplayName("seed-001-002 §4.5 theoretical-capacity table (F1)")
    @CsvSource(delimiter = '|', value = {
        "Zn | 2 | 819.9", "MnO2 | 1 | 308.3", "MnO2 | 2 | 616.6", "V2O5 | 2 | 294.7", "V2O5 | 3 | 442.1",
        "VO2 | 1 | 323.1", "H2V3O8 | 2 | 189.5", "V3O7·H2O | 2 | 189.5", "ZnMn2O4 | 2 | 224.0",
        "Fe0.35Mn0.65[Fe(CN)6] | 1 | 100.3", "Fe0.35Mn0.65[Fe(CN)6] | 2 | 200.6", "VPO4F | 1 | 162.5",
        "VN | 1 | 412.7", "I2 | 2 | 211.2", "Br2 | 2 | 335.4", "LiFePO4 | 1 | 169.9"})
    void zincSeedTable(String formula, double electrons, double expected) {
        assertSeed(expected, q(formula, electrons), "seed-001-002 §4.5");
    }

    @ParameterizedTest(name = "{0}, n = {1}: {2} mAh/g ({3})")
    @DisplayName("seed-003-004 §2.4 and §7 capacities of high-entropy and reference electrodes")
    @CsvSource(delimiter = '|', value = {
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 2 | 763.9 | §2.4 E1 all convert",
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 1.6 | 611.1 | §2.4 E1 Mg inactive",
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 1.8 | 687.5 | §2.4 E1 Mg inactive + LiZn",
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 2.2 | 840.3 | §2.4 E1 all + LiZn",
        "(CrMnFeCoNi)3O4 | 8 | 923.2 | §2.4 E2",
        "(LiFeZnNiCoMn)3O4 | 7.5 | 937.7 | §2.4",
        "(LiFeZnNiCoMn)3O4 | 8 | 1000.2 | §2.4 + Zn -> LiZn",
        "InGeSiP3 | 18.8 | 1633.5 | §2.4 E4",
        "GaCuZnInGeSiP6 | 28.8 | 1286.4 | §7 E5",
        "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3 | 11 | 467.8 | §7 E6",
        "NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2 | 1 | 241.1 | §7 E8",
        "LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2 | 1 | 275.4 | §7 E9",
        "Fe3O4 | 8 | 926.1 | §2.4 reference", "Co3O4 | 8 | 890.4 | §2.4 reference",
        "FeS | 2 | 609.8 | §2.4 reference", "NiS | 2 | 590.6 | §2.4 reference",
        "FeS2 | 4 | 893.6 | §2.4 reference", "FeSe | 2 | 397.6 | §2.4 reference",
        "Na3V2(PO4)3 | 2 | 117.6 | §4.3", "LiNi0.8Co0.1Mn0.1O2 | 1 | 275.5 | §4.3",
    })
    void highEntropySeed(String formula, double electrons, double expected, String source) {
        assertSeed(expected, q(formula, electrons), "seed-003-004 " + source);
    }

    @ParameterizedTest(name = "{0}, n = {1}: {2} mAh/g ({3})")
    @DisplayName("seed-000 capacities (F§3.4, F§8, F§9, F§6)")
    @CsvSource(delimiter = '|', value = {
        "LiVPO4F | 1 | 156 | F§3.4 X6", "VO2 | 1 | 323 | F§8 X5", "Na3V2(PO4)2F3 | 2 | 128.3 | F§8 X4",
        "LiBr | 1 | 308.6 | §5.4 Li–Br2 on a LiBr basis", "NaCl | 1 | 458.6 | F§9 item 8",
        "LiCl | 1 | 632.3 | F§9 item 8", "Li2O2 | 2 | 1168 | F§6 Li–O2 on a Li2O2 basis",
        "MnO2 | 2 | 616.6 | F§3.8 three-chamber Zn–MnO2"})
    void multiIonSeed(String formula, double electrons, double expected, String source) {
        assertSeed(expected, q(formula, electrons), "seed-000 " + source);
    }

    @Test
    @DisplayName("seed-000 F§8 X4: blended cathode 0.8 × NVPF + 0.2 × NCM811 = 157.7 mAh/g; 147 is 93 %; X6 146.9 is 94 % of LVPF")
    void blendAndUtilisation() {
        double blend = 0.8 * q("Na3V2(PO4)2F3", 2) + 0.2 * q("LiNi0.8Co0.1Mn0.1O2", 1);
        assertSeed(157.7, blend, "seed-000 F§8 X4");
        assertSeed(0.93, 147 / blend, "seed-000 F§8 X4");
        assertSeed(0.94, 146.9 / q("LiVPO4F", 1), "seed-000 F§3.4");
        assertSeed(0.755, 244.0 / q("VO2", 1), "seed-000 F§8 X5 (corrected 75.5 %)");
        assertSeed(7.6, q("GaCuZnInGeSiP6", 28.8) / q("LiFePO4", 1), "seed-003-004 §7 E5 mass ratio");
    }

    @Test
    @DisplayName("Ge: Li4.4Ge 1623.7 mAh/g × 5.323 g/cm3 = 8642.7 mAh/cm3, paper 8646 (seed-003-004 §2.4)")
    void germaniumVolumetric() {
        double gravimetric = TheoreticalCapacity.mAhPerGram(4.4, PeriodicTable.element("Ge").atomicWeight());
        assertSeed(1623.7, gravimetric, "seed-003-004 §2.4");
        assertSeed(8646, TheoreticalCapacity.mAhPerCubicCentimetre(gravimetric, 5.323), "[S3] §3.1 8646");
        assertSeed(4200, TheoreticalCapacity.mAhPerGram(4.4, PeriodicTable.element("Si").atomicWeight()),
                "[S3] §3.1 Si 4200");
    }

    @ParameterizedTest(name = "per gram of {0}: {2} mAh/g")
    @DisplayName("conversion capacity per gram of anion for Li (seed-003-004 §2.4)")
    @CsvSource({"O, 2, 3350.4", "P, 3, 2595.9", "S, 2, 1672.0", "Se, 2, 678.8", "Te, 2, 420.1"})
    void perAnion(String anion, double electrons, double expected) {
        assertSeed(expected, TheoreticalCapacity.mAhPerGram(electrons,
                PeriodicTable.element(anion).atomicWeight()), "seed-003-004 §2.4");
    }

    @Test
    @DisplayName("electronsFor inverts mAhPerGram")
    void inverse() {
        assertEquals(2, TheoreticalCapacity.electronsFor(q("Zn", 2), 65.38), 1e-12);
    }
}
