package org.daniell.chem.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PracticalWindowsTest {

    @Test
    void everyRowIsSourcedAndWellFormed() {
        assertFalse(PracticalWindows.all().isEmpty());
        for (PracticalWindow w : PracticalWindows.all()) {
            assertFalse(w.source().isBlank(), w.id());
            assertFalse(w.quote().isBlank(), w.id());
            assertEquals(w.measure() == PracticalWindow.Measure.ANODIC_LIMIT, w.reference().isPresent(), w.id());
            assertTrue(w.volts() > 0, w.id());
        }
    }

    @Test
    void seedWindowsAsStated() {
        // seed-000 R-W2: WiSE Mg/Li 3.2 V (ref 78); 26 m LiBr/LiCl/LiOAc 2.5 V (ref 226); NH4PF6 "beyond 4.5 V" (ref 180)
        assertEquals(3.2, PracticalWindows.find("wise_mg_li_asymmetric").orElseThrow().volts(), 0);
        assertEquals(2.5, PracticalWindows.find("li_halide_acetate_26m").orElseThrow().volts(), 0);
        assertEquals(PracticalWindow.Relation.AT_LEAST, PracticalWindows.find("nh4pf6_adn_emc").orElseThrow().relation());
        // seed-000 R-W1: water-in-salt and decoupled systems go "beyond the theoretical 1.23 V limit"
        double water = PracticalWindows.find("water_thermodynamic").orElseThrow().volts();
        assertEquals(WaterWindow.atPh(7).widthVolts(), water, 0.001);
        assertTrue(PracticalWindows.find("wise_mg_li_asymmetric").orElseThrow().volts() > water);
    }

    @Test
    void zincCutOffsAreOrdered() {
        // seed-001-002 §3.3 E17/E18: 1.8 V (dilute) < 2.1 V (4 m Zn(OTf)2 or H2O-PC) vs Zn2+/Zn
        ElectrodePotential dilute = PracticalWindows.find("zn_dilute_aqueous").orElseThrow().limit().orElseThrow();
        ElectrodePotential concentrated = PracticalWindows.find("zn_concentrated_or_hybrid").orElseThrow().limit().orElseThrow();
        assertEquals(ReferenceElectrode.ZN, dilute.reference());
        assertTrue(concentrated.to(ReferenceElectrode.SHE).volts() > dilute.to(ReferenceElectrode.SHE).volts());
    }
}
