package org.daniell.chem.composition;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.chem.formula.ChemicalFormula;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SiteOccupancyTest {

    private static List<Sublattice> sites(String formula) {
        return SublatticeInference.mixingSites(ChemicalFormula.of(formula));
    }

    @Test
    @DisplayName("Fig. 4 caption Mn0.2: cation occupancy 1.14 > 1, excess 0.14 (seed-003-004 §1.4, §3.4, rule C-03)")
    void captionTypoOverfills() {
        Sublattice cation = sites("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.2S0.9Se0.1").get(0);
        assertEquals(1, cation.multiplicity(), 0);
        assertSeed(1.14, cation.occupancy(), "seed-003-004 §3.4");
        assertSeed(0.14, cation.excess(), "seed-003-004 §3.4");
        assertTrue(cation.isOverfilled());
        assertEquals(1, CompositionAnalysis.of(ChemicalFormula.of("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.2S0.9Se0.1"))
                .overfilledSites().size());
    }

    @Test
    @DisplayName("text version Mn0.02: occupancy 0.96, 4 % vacancies (seed-003-004 §3.4)")
    void textVersionHasVacancies() {
        Sublattice cation = sites("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1").get(0);
        assertSeed(0.96, cation.occupancy(), "seed-003-004 §3.4");
        assertSeed(0.04, cation.vacancies(), "seed-003-004 §3.4");
        assertFalse(cation.isOverfilled());
    }

    @Test
    @DisplayName("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3: 2 cation sites, occupancy 2.0 (seed-003-004 §3.4)")
    void tellurideTwoSites() {
        Sublattice cation = sites("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3").get(0);
        assertEquals(2, cation.multiplicity(), 0);
        assertSeed(2.0, cation.occupancy(), "seed-003-004 §3.4");
        assertFalse(cation.isOverfilled());
    }

    @Test
    @DisplayName("(CrMnFeCoNi)3O4: one site of multiplicity 3 holding 0.6 of each cation (seed-003-004 §1.2)")
    void spinelSite() {
        Sublattice site = sites("(CrMnFeCoNi)3O4").get(0);
        assertEquals(3, site.multiplicity(), 0);
        assertSeed(3.0, site.occupancy(), "seed-003-004 §1.2");
        site.siteFractions(false).values().forEach(x -> assertSeed(0.2, x, "site fraction"));
    }

    @Test
    @DisplayName("occupancy within the C-03 tolerance of 0.005 is not an excess error")
    void tolerance() {
        Sublattice site = sites("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.204)O").get(0);
        assertFalse(site.isOverfilled());
        assertTrue(sites("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.21)O").get(0).isOverfilled());
    }

    @Test
    @DisplayName("PBA: only the N-coordinated Fe0.5Mn0.5 run is a mixing site; K and [Fe(CN)6] are not")
    void prussianBlueSites() {
        List<Sublattice> found = sites("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O");
        assertEquals(1, found.size());
        assertSeed(1.0, found.get(0).occupancy(), "Fe0.5Mn0.5");
    }
}
