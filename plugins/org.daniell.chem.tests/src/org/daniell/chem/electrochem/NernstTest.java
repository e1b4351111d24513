package org.daniell.chem.electrochem;

import static org.daniell.chem.SeedNumbers.assertSeed;

import static org.daniell.chem.SeedNumbers.assertSeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.daniell.chem.unit.FieldUnits;
import org.junit.jupiter.api.Test;

import tech.units.indriya.quantity.Quantities;

class NernstTest {

    private static final double T25 = 298.15;

    @Test
    void slopeAt25CelsiusIs59point16Millivolts() {
        // seed-000 F§3.8 and F§6: "0.05916 V × ΔpH (25 °C)"
        assertEquals(0.05916, Nernst.slope(T25), 0.000005);
        assertEquals(0.025693, Nernst.thermalVoltage(T25), 0.000001);
    }

    @Test
    void interfacialPhGradientContributes59MillivoltsPerPhUnit() {
        // seed-000 §5.1.5 (F§3.1): "an additional 0.059 V/ΔpH unit"
        assertSeed(0.059, AcidAlkaliGain.voltageGain(1.0), "seed-000 §5.1.5");
    }

    @Test
    void tenfoldActivityChangeShiftsAOneElectronCoupleBy59Millivolts() {
        double e1 = Nernst.potential(0.771, 1, List.of(new Nernst.Term(1, Activity.of(1.0))),
                List.of(new Nernst.Term(1, Activity.of(0.1))), T25);
        assertEquals(0.771 + 0.05916, e1, 0.00001);
        double e2 = Nernst.potential(-0.7618, 2, 10.0, T25);
        assertEquals(-0.7618 - 0.05916 / 2, e2, 0.00001);
    }

    @Test
    void concentrationsGoInThroughActivities() {
        // Zn2+/Zn in 2 M ZnSO4, ideal (γ = 1): E = E° + (0.05916/2)·log 2
        var c = Quantities.getQuantity(2, FieldUnits.MOLAR);
        double e = Nernst.potential(-0.7618, 2, List.of(new Nernst.Term(1, Activity.ofConcentration(c))),
                List.of(new Nernst.Term(1, Activity.unity())), T25);
        assertEquals(-0.7618 + 0.05916 / 2 * Math.log10(2), e, 0.00001);
        var mM = Quantities.getQuantity(500, javax.measure.MetricPrefix.MILLI(FieldUnits.MOLAR));
        assertEquals(0.5, Activity.ofConcentration(mM).value(), 1e-12);
    }

    @Test
    void protonsOnTheOxidizedSideGiveThePhDependence() {
        // MnO2 + 4H+ + 2e- = Mn2+ + 2H2O: -(4/2)·0.05916 per pH unit
        StandardPotential mno2 = StandardPotentials.require("mno2_mn2");
        double viaTerms = Nernst.potential(mno2.volts(), 2,
                List.of(new Nernst.Term(1, Activity.unity()), new Nernst.Term(4, Activity.ofPh(4.5))),
                List.of(new Nernst.Term(1, Activity.unity()), new Nernst.Term(2, Activity.unity())), T25);
        assertEquals(mno2.atPh(4.5).volts(), viaTerms, 1e-9);
        assertEquals(1.224 - 2 * 0.05916 * 4.5, viaTerms, 0.0001);
    }

    @Test
    void slopeFollowsTemperature() {
        assertEquals(0.05916 * 333.15 / 298.15, Nernst.slope(333.15), 0.00001);
    }

    @Test
    void rejectsNonPhysicalInput() {
        assertThrows(IllegalArgumentException.class, () -> Activity.of(0));
        assertThrows(IllegalArgumentException.class, () -> new Nernst.Term(0, Activity.unity()));
        assertThrows(IllegalArgumentException.class, () -> Nernst.potential(0, 0, 1, T25));
    }
}
