package org.daniell.chem.capacity;

import org.daniell.chem.PhysicalConstants;
import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacitiveAndSaltTest {

    @Test
    @DisplayName("838.56 F/g over 0.80 V = 186.35 mAh/g; 1512 C/g = 420 mAh/g (seed-000 F§3.6, F§6)")
    void capacitive() {
        assertSeed(186.35, CapacitiveCapacity.mAhPerGram(838.56, 0.80), "seed-000 F§3.6 ref 332");
        assertSeed(0.80, CapacitiveCapacity.voltageWindow(838.56, 186.35), "seed-000 F§3.6 implied ΔV");
        assertSeed(420, CapacitiveCapacity.mAhPerGramFromCoulombsPerGram(1512), "seed-000 F§3.6 ref 338");
    }

    @ParameterizedTest(name = "{0}: n_e = {1}, {2} g/Ah, {3} mL/Ah at 1 M")
    @DisplayName("minimum salt per Ah consumed in a dual-ion cell (seed-000 F§3.3 table)")
    @CsvSource(delimiter = '|', value = {
        "LiPF6 | 1 | 5.668 | 37.31", "NaPF6 | 1 | 6.267 | 37.31", "KPF6 | 1 | 6.868 | 37.31",
        "LiTFSI | 1 | 10.711 | 37.31", "NaFSI | 1 | 7.578 | 37.31", "NH4PF6 | 1 | 6.082 | 37.31",
        "NH4CF3SO3 | 1 | 6.235 | 37.31", "Ca(PF6)2 | 2 | 6.156 | 18.66", "Ca(FSI)2 | 2 | 7.468 | 18.66",
        "Mg(TFSI)2 | 2 | 10.906 | 18.66", "Mg(NO3)2 | 2 | 2.767 | 18.66", "ZnCl2 | 2 | 2.542 | 18.66",
        "ZnBr2 | 2 | 4.201 | 18.66", "Zn(ClO4)2 | 2 | 4.930 | 18.66", "Zn(OTf)2 | 2 | 6.781 | 18.66",
        "Zn(TFSI)2 | 2 | 11.672 | 18.66", "(NH4)2SO4 | 2 | 2.465 | 18.66", "Al(ClO4)3 | 3 | 4.046 | 12.44"})
    void saltPerAmpereHour(String salt, double electrons, double grams, double millilitres) {
        ChemicalFormula formula = ChemicalFormula.of(salt);
        assertSeed(grams, SaltConsumption.gramsPerAmpereHour(formula, electrons), "seed-000 F§3.3 " + salt);
        assertSeed(millilitres, SaltConsumption.millilitresPerAmpereHour(electrons, 1), "seed-000 F§3.3 " + salt);
        assertEquals(electrons, SaltConsumption.electronsPerFormulaUnit(formula).orElseThrow(), 1e-12, salt);
    }

    @Test
    @DisplayName("ion sources and inventories of the seed-000 examples (F§3.4 X5/X6, F§8 X1, F§3.8, F§6)")
    void inventories() {
        assertSeed(1.58, SaltConsumption.gramsPerAmpereHour(ChemicalFormula.of("LiCl"), 1), "F§3.4 Mg//VO2 LiCl");
        assertSeed(6.78, SaltConsumption.gramsPerAmpereHour(ChemicalFormula.of("Zn(OTf)2"), 2), "F§8 X6");
        assertSeed(0.01866, SaltConsumption.molesPerAmpereHour(2), "F§8 X6 mol Zn2+ per Ah");
        assertSeed(26.7, SaltConsumption.millilitresPerAmpereHour(2, 0.7), "F§8 X1 full depletion at 0.7 M");
        assertSeed(37.3, SaltConsumption.millilitresPerAmpereHour(2, 0.7 - 0.2), "F§8 X1 with c_min 0.2 M");
        assertSeed(3.25, SaltConsumption.gramsPerAmpereHour(ChemicalFormula.of("K2SO4"), 2),
                "F§3.8 three-chamber: ½ K2SO4 per e-");
        assertSeed(4.19, SaltConsumption.gramsPerAmpereHour(ChemicalFormula.of("KOH"), 0.5),
                "F§3.8: 2 OH- per e-, 0.0746 mol KOH per Ah");
        assertSeed(3.66, SaltConsumption.gramsPerAmpereHour(ChemicalFormula.of("H2SO4"), 1),
                "F§3.8: 0.0373 mol H2SO4 per Ah");
        assertSeed(53.6, 1 / SaltConsumption.molesPerAmpereHour(2), "F§3.8 CF-FC: Ah per mol Na2SO4");
        assertSeed(107.2, 4 * PhysicalConstants.AMPERE_HOURS_PER_MOLE, "F§6 RFB: 4 M e- in Ah/L");
        assertSeed(37.31e-3, SaltConsumption.molesPerAmpereHour(1), "seed-001-002 F15: 37.31 µmol e- per mAh");
    }
}
