package org.daniell.chem.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.daniell.chem.capacity.SaltConsumption;
import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Salts, acids and bases split into the ions of ions.tsv (seed-000 §3.3, §3.5, §3.8). */
class SaltDissociationTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ZnSO4; 1 Zn[2+] + 1 SO4[2-]; 2",
            "Ca(PF6)2; 1 Ca[2+] + 2 PF6[-]; 2",
            "CH3COONH4; 1 NH4[+] + 1 CH3COO[-]; 1",
            "NH4OAc; 1 NH4[+] + 1 CH3COO[-]; 1",
            "Zn(CH3COO)2; 1 Zn[2+] + 2 CH3COO[-]; 2",
            "LiTFSI; 1 Li[+] + 1 N(SO2CF3)2[-]; 1",
            "LiN(SO2CF3)2; 1 Li[+] + 1 N(SO2CF3)2[-]; 1",
            "Zn(OTf)2; 1 Zn[2+] + 2 CF3SO3[-]; 2",
            "H2SO4; 2 H[+] + 1 SO4[2-]; 2",
            "KOH; 1 K[+] + 1 OH[-]; 1",
            "K2SO4; 2 K[+] + 1 SO4[2-]; 2",
            "(NH4)2SO4; 2 NH4[+] + 1 SO4[2-]; 2",
            "Al(ClO4)3; 1 Al[3+] + 3 ClO4[-]; 3",
            "K3Fe(CN)6; 3 K[+] + 1 Fe(CN)6[3-]; 3",
            "K4Fe(CN)6; 4 K[+] + 1 Fe(CN)6[4-]; 4",
            "V2(SO4)3; 2 V[3+] + 3 SO4[2-]; 6",
            "ZnCl2; 1 Zn[2+] + 2 Cl[-]; 2" })
    void splitsIntoTableIons(String salt, String expected, double electrons) {
        List<SaltDissociation.Share> shares = SaltDissociation.ions(salt).orElseThrow();
        assertEquals(expected, shares.stream().map(s -> (int) Math.round(s.count()) + " " + s.ion().symbol())
                .collect(Collectors.joining(" + ")));
        assertEquals(electrons, SaltDissociation.electronsPerFormulaUnit(shares), 1e-9);
    }

    @Test
    void electronsAgreeWithSaltConsumptionForCaPf6() {
        ChemicalFormula salt = ChemicalFormula.of("Ca(PF6)2");
        double ne = SaltDissociation.electronsPerFormulaUnit(SaltDissociation.ions(salt).orElseThrow());
        // seed-000 §3.3 table: 6.156 g Ca(PF6)2 per Ah
        assertEquals(6.156, SaltConsumption.gramsPerAmpereHour(salt, ne), 6.156 * 0.002);
    }

    @Test
    void chargedFormulaIsOneFreeIon() {
        List<SaltDissociation.Share> shares = SaltDissociation.ions("Cu[2+]").orElseThrow();
        assertEquals(1, shares.size());
        assertEquals("cu2", shares.get(0).ion().id());
    }

    @Test
    void nonSaltsAreNotSplit() {
        assertTrue(SaltDissociation.ions("KAl(SO4)2").isEmpty());
        assertTrue(SaltDissociation.ions("C").isEmpty());
        assertTrue(SaltDissociation.ions("Xx").isEmpty());
    }
}
