package org.daniell.chem.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.daniell.chem.unit.quantity.ArealCapacity;
import org.daniell.chem.unit.quantity.ArealLoading;
import org.daniell.chem.unit.quantity.CurrentDensity;
import org.junit.jupiter.api.Test;

import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** Unit conversions the seeds work through, each within 0.5 % and naming its source. */
class FieldConversionsTest {

    private static <Q extends Quantity<Q>> Quantity<Q> q(String text, Kind<Q> kind) {
        return QuantityCheck.parse(text, kind).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void assertSeed(double expected, Quantity<?> actual, Unit<?> in, String source) {
        double value = FieldConversions.as(actual, asUnit(in)).getValue().doubleValue();
        assertEquals(expected, value, Math.abs(expected) * 0.005, source);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Unit asUnit(Unit<?> u) {
        return u;
    }

    // ---- seed-001-002 §2 F4: E/C in µL/mAh ↔ g/Ah through the electrolyte density ---------------------------

    @Test
    void electrolyteVolumeRatioToMassRatio() {
        var density = q("1.3 g/mL", Kind.MASS_DENSITY);
        // "17.5 µL mAh⁻¹ ≈ 22.8 g Ah⁻¹" (F4); "17.5 µL mAh⁻¹ × 1.3 = 22.75 g Ah⁻¹" (§6 supplementary)
        assertSeed(22.75, FieldConversions.electrolyteMassRatio(q("17.5 uL/mAh", Kind.ELECTROLYTE_RATIO), density),
                FieldUnits.GRAM_PER_AMPERE_HOUR, "seed-001-002 §2 F4 / §6 hydrogel");
        // "2.95 µL mAh⁻¹ ≈ 3.8 g Ah⁻¹"
        assertSeed(3.835, FieldConversions.electrolyteMassRatio(q("2.95 µL mAh-1", Kind.ELECTROLYTE_RATIO), density),
                FieldUnits.GRAM_PER_AMPERE_HOUR, "seed-001-002 §2 F4");
    }

    @Test
    void electrolyteMassRatioToVolumeRatio() {
        var density = q("1.3 g/cm3", Kind.MASS_DENSITY);
        // "10 g Ah⁻¹ ≈ 7.7 µL mAh⁻¹; 2.5 g Ah⁻¹ ≈ 1.9 µL mAh⁻¹" (F4)
        assertSeed(7.69, FieldConversions.electrolyteVolumeRatio(q("10 g/Ah", Kind.ELECTROLYTE_MASS_RATIO), density),
                FieldUnits.MICROLITRE_PER_MILLIAMPERE_HOUR, "seed-001-002 §2 F4");
        assertSeed(1.923, FieldConversions.electrolyteVolumeRatio(q("2.5 mg/mAh", Kind.ELECTROLYTE_MASS_RATIO), density),
                FieldUnits.MICROLITRE_PER_MILLIAMPERE_HOUR, "seed-001-002 §2 F4 (g/Ah = mg/mAh)");
    }

    // ---- seed-001-002 §1.3 and F12: current density, specific current, C-rate --------------------------------

    @Test
    void zhuCompositeCurrentAndRate() {
        // "6.0 mAh cm⁻² at a mass loading of 21 mg cm⁻² … 0.2 A g⁻¹" → 285.7 mAh g⁻¹; 4.2 mA cm⁻² ≈ 0.70C
        var loading = q("21 mg/cm2", Kind.AREAL_LOADING);
        var areal = q("6.0 mAh cm-2", Kind.AREAL_CAPACITY);
        Quantity<CurrentDensity> i = FieldConversions.currentDensity(q("0.2 A/g", Kind.SPECIFIC_CURRENT), loading);
        assertSeed(4.2, i, FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE, "seed-001-002 §1.3 Zhu");
        assertSeed(0.70, FieldConversions.cRate(i, areal), FieldUnits.C_RATE, "seed-001-002 §1.3 Zhu");
        assertSeed(285.7, FieldConversions.specificCapacity(areal, loading), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM,
                "seed-001-002 §1.3 Zhu");
        // F2: 21 mg cm⁻² × 285.7 mAh g⁻¹ = 6.0 mAh cm⁻²
        assertSeed(6.0, FieldConversions.arealCapacity(loading, q("285.7 mAh/g", Kind.SPECIFIC_CAPACITY)),
                FieldUnits.MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE, "seed-001-002 §2 F2");
    }

    @Test
    void ncmoCurrentAndRate() {
        // "10.9 mg cm⁻² … 2.10 mAh cm⁻² … 0.1 A g⁻¹" → 192.7 mAh g⁻¹; 1.09 mA cm⁻² ≈ 0.52C
        var loading = q("10.9 mg cm-2", Kind.AREAL_LOADING);
        var areal = q("2.10 mAh/cm²", Kind.AREAL_CAPACITY);
        var i = FieldConversions.currentDensity(q("0.1 A g-1", Kind.SPECIFIC_CURRENT), loading);
        assertSeed(1.09, i, FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE, "seed-001-002 §1.3 NCMO");
        assertSeed(0.519, FieldConversions.cRate(i, areal), FieldUnits.C_RATE, "seed-001-002 §1.3 NCMO (0.52C)");
        assertSeed(192.7, FieldConversions.specificCapacity(areal, loading), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM,
                "seed-001-002 §1.3 NCMO");
    }

    @Test
    void voxRgoAtPracticalLoading() {
        // "12.72 mg cm⁻² (3.67 mAh cm⁻² at 1.27 mA cm⁻²)" → 0.0998 A g⁻¹; 288.5 mAh g⁻¹; ≈ 0.35C; 65 % of 443 mAh g⁻¹
        var loading = q("12.72 mg/cm2", Kind.AREAL_LOADING);
        var areal = q("3.67 mAh/cm2", Kind.AREAL_CAPACITY);
        var i = q("1.27 mA/cm2", Kind.CURRENT_DENSITY);
        assertSeed(0.0998, FieldConversions.specificCurrent(i, loading), FieldUnits.AMPERE_PER_GRAM, "seed-001-002 §1.3 VOx-rGO");
        assertSeed(288.5, FieldConversions.specificCapacity(areal, loading), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM,
                "seed-001-002 §1.3 VOx-rGO");
        assertSeed(0.346, FieldConversions.cRate(i, areal), FieldUnits.C_RATE, "seed-001-002 §1.3 VOx-rGO (≈0.35C)");
        double fraction = FieldConversions.specificCapacity(areal, loading).to(FieldUnits.MILLIAMPERE_HOUR_PER_GRAM)
                .getValue().doubleValue() / 443;
        assertEquals(0.65, fraction, 0.65 * 0.005, "seed-001-002 §1.3 VOx-rGO 65 %");
    }

    @Test
    void cRateBackToCurrentDensity() {
        // seed-000 F§6: I = C·Q_nominal; 0.25 C on 4 mAh cm⁻² is 1 mA cm⁻² (C/4, seed-001-002 §1.1)
        Quantity<ArealCapacity> areal = q("4 mAh/cm2", Kind.AREAL_CAPACITY);
        assertSeed(1.0, FieldConversions.currentDensityForRate(q("C/4", Kind.C_RATE), areal),
                FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE, "seed-000 F§6");
    }

    @Test
    void mcvAtTenMilligrams() {
        // "2.36 mAh cm⁻² at a mass loading of 10 mg cm⁻²" → 236 mAh g⁻¹
        assertSeed(236, FieldConversions.specificCapacity(q("2.36 mAh/cm2", Kind.AREAL_CAPACITY),
                q("10 mg/cm2", Kind.AREAL_LOADING)), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM, "seed-001-002 §1.3 MCV@CC");
    }

    // ---- seed-001-002 §1.2: zinc foil thickness ↔ capacity ↔ mass ------------------------------------------

    @Test
    void zincFoilPerMicrometre() {
        // q_Zn 820 mAh g⁻¹ × ρ 7.14 g cm⁻³ = 5854 mAh cm⁻³ = 0.5854 mAh cm⁻² per µm; 0.714 mg cm⁻² per µm
        var q = q("820 mAh/g", Kind.SPECIFIC_CAPACITY);
        var rho = q("7.14 g/cm3", Kind.MASS_DENSITY);
        var oneMicron = q("1 um", Kind.LENGTH);
        assertSeed(5854, q.multiply(rho), FieldUnits.MILLIAMPERE_HOUR_PER_CUBIC_CENTIMETRE, "seed-001-002 §1.2");
        assertSeed(0.5854, q.multiply(rho).multiply(oneMicron), FieldUnits.MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE,
                "seed-001-002 §1.2");
        assertSeed(0.714, rho.multiply(oneMicron), FieldUnits.MILLIGRAM_PER_SQUARE_CENTIMETRE, "seed-001-002 §1.2");
        // 50 µm foil: 29.27 mAh cm⁻², 35.70 mg cm⁻²
        var fifty = q("50 µm", Kind.LENGTH);
        assertSeed(29.27, q.multiply(rho).multiply(fifty), FieldUnits.MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE,
                "seed-001-002 §1.2 50 µm row");
        assertSeed(35.70, rho.multiply(fifty), FieldUnits.MILLIGRAM_PER_SQUARE_CENTIMETRE, "seed-001-002 §1.2 50 µm row");
    }

    @Test
    void zincTheoreticalCapacityFromFaradayAndMolarMass() {
        // seed-001-002 §1.2 / F1: 2·96485.33/(3.6·65.38) = 819.87 mAh g⁻¹ (unit algebra C/mol ÷ g/mol → mAh/g)
        var twoFaraday = Quantities.getQuantity(2 * 96485.33212, Units.COULOMB.divide(Units.MOLE));
        var molarMass = q("65.38 g/mol", Kind.MOLAR_MASS);
        assertSeed(819.87, twoFaraday.divide(molarMass), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM, "seed-001-002 F1");
    }

    // ---- seed-000 F§6 and seed-001-002 §2: energy, power, capacitance -----------------------------------------

    @Test
    void capacityFromCapacitance() {
        // seed-000 F§6: q = C·ΔV/3.6; "838.56 F g⁻¹ ↔ 186.35 mAh g⁻¹ → ΔV = 0.80 V"
        var c = q("838.56 F/g", Kind.SPECIFIC_CAPACITANCE);
        assertSeed(186.35, c.multiply(q("0.80 V", Kind.POTENTIAL)), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM, "seed-000 F§6");
        assertEquals(3.6, QuantityCheck.parse("1 mAh", Kind.CAPACITY).orElseThrow().to(Units.COULOMB).getValue()
                .doubleValue(), 1e-12, "seed-000 F§6: 1 mAh = 3.6 C");
    }

    @Test
    void specificEnergyFromCapacityAndVoltage() {
        // seed-000 F§6: "Zn basis 820 × 1.65 = 1353" Wh/kg; "147 mAh g⁻¹ → 543 Wh kg⁻¹ means V̄ = 3.69 V"
        assertSeed(1353, q("820 mAh/g", Kind.SPECIFIC_CAPACITY).multiply(q("1.65 V", Kind.POTENTIAL)),
                FieldUnits.WATT_HOUR_PER_KILOGRAM, "seed-000 F§6 ZAB");
        assertSeed(3.69, q("543 Wh/kg", Kind.SPECIFIC_ENERGY).divide(q("147 mAh g-1", Kind.SPECIFIC_CAPACITY)),
                FieldUnits.VOLT, "seed-000 F§6 / R-D4");
    }

    @Test
    void arealEnergyOverArealMassIsSpecificEnergy() {
        // seed-001-002 §2: "mWh cm⁻² ÷ mg cm⁻² × 1000 = Wh kg⁻¹"; F9a: 5.20 mWh cm⁻² / 102.96 mg cm⁻² → 50.5 Wh kg⁻¹
        assertSeed(50.5, q("5.20 mWh/cm2", Kind.AREAL_ENERGY).divide(q("102.96 mg/cm2", Kind.AREAL_LOADING)),
                FieldUnits.WATT_HOUR_PER_KILOGRAM, "seed-001-002 §2 F9a");
        // F9a second anchor: 13.0 mWh cm⁻² / 119.24 mg cm⁻² → 109.0 Wh kg⁻¹
        assertSeed(109.0, q("13.0 mWh/cm2", Kind.AREAL_ENERGY).divide(q("119.24 mg/cm2", Kind.AREAL_LOADING)),
                FieldUnits.WATT_HOUR_PER_KILOGRAM, "seed-001-002 §2 F9a");
    }

    @Test
    void arealPowerAndDiffusivity() {
        // seed-000 F§6: "1 W m⁻² = 0.1 mW cm⁻²"; F§9 item 15: "271 W m⁻² = 27.1 mW cm⁻²"
        assertSeed(0.1, q("1 W/m2", Kind.AREAL_POWER), FieldUnits.MILLIWATT_PER_SQUARE_CENTIMETRE, "seed-000 F§6");
        assertSeed(27.1, q("271 W m-2", Kind.AREAL_POWER), FieldUnits.MILLIWATT_PER_SQUARE_CENTIMETRE, "seed-000 F§9 item 15");
        // seed-000 F§6: "1 m² s⁻¹ = 10⁴ cm² s⁻¹"
        assertSeed(1e4, q("1 m2/s", Kind.DIFFUSIVITY), FieldUnits.SQUARE_CENTIMETRE_PER_SECOND, "seed-000 F§6");
    }

    @Test
    void temperatureAndRfbCapacity() {
        assertEquals(298.15, q("25 °C", Kind.TEMPERATURE).to(Units.KELVIN).getValue().doubleValue(), 1e-12);
        // seed-000 F§6: Q_v = 26.80·n·c: 4 M e⁻ → 107.2 Ah L⁻¹
        var faraday = Quantities.getQuantity(96485.33212, Units.COULOMB.divide(Units.MOLE));
        assertSeed(107.2, faraday.multiply(q("4 M", Kind.CONCENTRATION)), FieldUnits.AMPERE_HOUR_PER_LITRE, "seed-000 F§6 RFB");
    }

    @Test
    void loadingIsKeptInItsWrittenUnit() {
        Quantity<ArealLoading> l = q("20 mg/cm2", Kind.AREAL_LOADING);
        assertEquals("mg/cm²", l.getUnit().toString());
        assertEquals(0.2, l.to(Kind.AREAL_LOADING.siUnit()).getValue().doubleValue(), 1e-15);
    }
}
