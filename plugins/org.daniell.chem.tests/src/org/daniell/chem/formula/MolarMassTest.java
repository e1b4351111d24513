package org.daniell.chem.formula;

import static org.daniell.chem.SeedNumbers.assertSeed;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MolarMassTest {

    @ParameterizedTest(name = "{0}: {1} g/mol ({2})")
    @DisplayName("molar masses of the seed worked examples, within 0.5 %")
    @CsvSource(delimiter = '|', value = {
        // seed-003-004 §7 (E1, E2, E4, E5, E6, E8, E9) and §2.4
        "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O | 70.17 | seed-003-004 §7 E1",
        "(MgCoNiCuZn)O | 70.17 | seed-003-004 §1.4 shorthand of E1",
        "(CrMnFeCoNi)3O4 | 232.24 | seed-003-004 §7 E2",
        "InGeSiP3 | 308.45 | seed-003-004 §7 E4 (corrected value)",
        "GaCuZnInGeSiP6 | 600.02 | seed-003-004 §7 E5 (corrected value)",
        "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3 | 630.19 | seed-003-004 §7 E6",
        "NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2 | 111.17 | seed-003-004 §7 E8",
        "LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2 | 97.33 | seed-003-004 §7 E9",
        "(LiFeZnNiCoMn)3O4 | 214.36 | seed-003-004 §2.4",
        // seed-001-002 §4.5 theoretical-capacity table
        "Zn | 65.38 | seed-001-002 §4.5",
        "MnO2 | 86.94 | seed-001-002 §4.5",
        "V2O5 | 181.88 | seed-001-002 §4.5",
        "VO2 | 82.94 | seed-001-002 §4.5",
        "H2V3O8 | 282.83 | seed-001-002 §4.5",
        "V3O7·H2O | 282.83 | seed-001-002 §4.5 (same as H2V3O8)",
        "ZnMn2O4 | 239.25 | seed-001-002 §4.5",
        "Fe0.35Mn0.65[Fe(CN)6] | 267.21 | seed-001-002 §4.5",
        "VPO4F | 164.91 | seed-001-002 §4.5 (corrected value)",
        "VN | 64.95 | seed-001-002 §4.5",
        "I2 | 253.81 | seed-001-002 §4.5",
        "Br2 | 159.81 | seed-001-002 §4.5",
        "LiFePO4 | 157.76 | seed-001-002 §4.5",
        // seed-000 F§3.3 salt table (M column) and F§3.4, F§8
        "LiPF6 | 151.90 | seed-000 F§3.3",
        "NaPF6 | 167.95 | seed-000 F§3.3",
        "KPF6 | 184.06 | seed-000 F§3.3",
        "LiTFSI | 287.08 | seed-000 F§3.3",
        "NaFSI | 203.11 | seed-000 F§3.3",
        "NH4PF6 | 163.00 | seed-000 F§3.3",
        "NH4CF3SO3 | 167.10 | seed-000 F§3.3",
        "Ca(PF6)2 | 330.01 | seed-000 F§3.3",
        "Ca(FSI)2 | 400.32 | seed-000 F§3.3",
        "Mg(TFSI)2 | 584.58 | seed-000 F§3.3",
        "Mg(NO3)2 | 148.31 | seed-000 F§3.3",
        "ZnCl2 | 136.28 | seed-000 F§3.3",
        "ZnBr2 | 225.19 | seed-000 F§3.3",
        "Zn(ClO4)2 | 264.27 | seed-000 F§3.3",
        "Zn(OTf)2 | 363.51 | seed-000 F§3.3",
        "Zn(TFSI)2 | 625.65 | seed-000 F§3.3",
        "(NH4)2SO4 | 132.13 | seed-000 F§3.3",
        "Al(ClO4)3 | 325.32 | seed-000 F§3.3",
        "LiVPO4F | 171.85 | seed-000 F§3.4",
        "Na3V2(PO4)2F3 | 417.8 | seed-000 F§8 X4",
        "LiNi0.8Co0.1Mn0.1O2 | 97.28 | seed-000 F§8 X4",
        "LiCl | 42.39 | seed-000 F§3.4",
        // seed-001-002 §4.3 salts (corrected values)
        "ZnSO4·7H2O | 287.54 | seed-001-002 §4.3",
        "MnSO4 | 150.99 | seed-001-002 §4.3",
        "KAl(SO4)2 | 258.19 | seed-001-002 §4.3",
    })
    void seedMolarMasses(String formula, double expected, String source) {
        assertSeed(expected, ChemicalFormula.of(formula).molarMass(), source);
    }
}
