package org.daniell.chem.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.measure.Unit;

import org.daniell.chem.unit.UnitProblem.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tech.units.indriya.unit.Units;

class UnitParserTest {

    private static WrittenUnit parsed(String text) {
        return UnitParser.parse(text).orElseThrow();
    }

    private static void assertMeans(Unit<?> expected, String text) {
        WrittenUnit unit = parsed(text);
        assertTrue(unit.isEquivalentTo(expected), () -> "'" + text + "' parsed to " + unit.unit() + ", expected " + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "mAh/g", "mAh g-1", "mAh g^-1", "mAh·g⁻¹", "mAh g⁻¹", "mA h g-1", "mA.h/g", "mAh / g",
            "mAh*g-1", "mA·h/g", " mAh/g " })
    void specificCapacitySpellings(String text) {
        assertMeans(FieldUnits.MILLIAMPERE_HOUR_PER_GRAM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "mg/cm2", "mg cm-2", "mg/cm²", "mg cm⁻²", "mg cm^-2", "mg cm−2" })
    void arealLoadingSpellings(String text) {
        assertMeans(FieldUnits.MILLIGRAM_PER_SQUARE_CENTIMETRE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "uL/mAh", "µL/mAh", "μL/mAh", "uL mAh-1", "ul/mAh", "µL mA-1 h-1" })
    void electrolyteRatioSpellings(String text) {
        assertMeans(FieldUnits.MICROLITRE_PER_MILLIAMPERE_HOUR, text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "mol/L", "M", "mol L-1", "mol dm-3", "mol/l", "mmol/mL" })
    void molaritySpellings(String text) {
        assertMeans(FieldUnits.MOLAR, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S/cm       | S/cm", "mS/cm | mS/cm", "mS cm-1 | mS/cm", "V | V", "mV | mV", "Wh/kg | Wh/kg",
            "Wh kg-1 | Wh/kg", "Wh/L | Wh/L", "W/kg | W/kg", "h | h", "min | min", "s | s", "um | µm", "µm | µm",
            "nm | nm", "cm2 | cm²", "cm² | cm²", "mA/cm2 | mA/cm²", "mA cm-2 | mA/cm²", "F/g | F/g", "F g-1 | F/g",
            "g/Ah | g/Ah", "mg/mAh | g/Ah", "mAh/cm2 | mAh/cm²", "mAh/cm3 | mAh/cm³", "Ah/L | Ah/L", "Ah | Ah", "mAh | mAh",
            "mol/kg | mol/kg", "K | K", "1/h | C", "h-1 | C", "m2.s-1 | m²/s", "cm2/s | cm²/s", "Ohm cm2 | Ω·cm²",
            "Ω·cm² | Ω·cm²", "mV/K | mV/K", "mW/cm2 | mW/cm²", "W m-2 | W/m²", "mF/cm2 | mF/cm²", "g/cm3 | g/cm³",
            "g/mL | g/cm³", "g/mol | g/mol", "A/g | A/g", "mA/g | mA/g", "mWh/cm2 | mWh/cm²", "kWh | kWh", "eV | eV",
            "GPa | GPa", "mM | mM", "kOhm | kΩ", "J/(mol K) | J/(mol·K)", "J/mol/K | J/(mol·K)", "W/(m·K) | W/(m·K)" })
    void fieldUnits(String text, String canonical) {
        WrittenUnit unit = parsed(text);
        WrittenUnit reference = UnitParser.parse(canonical).orElseThrow();
        assertTrue(unit.isEquivalentTo(reference.unit()), () -> text + " vs " + canonical);
    }

    @Test
    void temperatureSpellings() {
        assertMeans(FieldUnits.CELSIUS, "degC");
        assertMeans(FieldUnits.CELSIUS, "°C");
        assertMeans(FieldUnits.CELSIUS, "℃");
        assertEquals(new BigDecimal("298.15"), new BigDecimal(WrittenQuantity.of("25", parsed("degC")).valueIn(FieldUnits.KELVIN).toString()));
    }

    @Test
    void percentKindsKeepTheirBasis() {
        assertEquals(FractionBasis.NONE, parsed("%").basis());
        assertEquals(FractionBasis.MASS, parsed("wt%").basis());
        assertEquals(FractionBasis.MASS, parsed("wt.%").basis());
        assertEquals(FractionBasis.MASS, parsed("wt %").basis());
        assertEquals(FractionBasis.AMOUNT, parsed("at%").basis());
        assertEquals(FractionBasis.AMOUNT, parsed("at.%").basis());
        assertEquals(FractionBasis.AMOUNT, parsed("mol%").basis());
        assertEquals(FractionBasis.VOLUME, parsed("vol%").basis());
        assertMeans(FieldUnits.PERCENT, "wt%");
        assertMeans(FieldUnits.PPM, "ppm");
    }

    @Test
    void loneMIsMolalityUnlessALengthIsExpected() {
        assertMeans(FieldUnits.MOLE_PER_KILOGRAM, "m");
        assertTrue(UnitParser.parse("m", Kind.LENGTH).orElseThrow().isEquivalentTo(Units.METRE));
        assertMeans(Units.GRAM.divide(Units.SQUARE_METRE), "g/m2");
    }

    @Test
    void loneCIsTheCRateUnlessACapacityIsExpected() {
        assertMeans(FieldUnits.C_RATE, "C");
        assertMeans(Units.HOUR.inverse(), "C");
        assertTrue(UnitParser.parse("C", Kind.CAPACITY).orElseThrow().isEquivalentTo(Units.COULOMB));
        assertMeans(Units.COULOMB.divide(Units.GRAM), "C g-1");
    }

    @Test
    void emptyTextIsDimensionless() {
        assertEquals(WrittenUnit.NONE, parsed("  "));
    }

    @Test
    void conversionsAreExact() {
        assertEquals(0, new BigDecimal("3.6").compareTo(new BigDecimal(WrittenQuantity.of("1", parsed("mAh")).valueIn(Units.COULOMB).toString())));
        assertEquals(0.2, WrittenQuantity.of("20", parsed("mg/cm2")).doubleIn(Units.KILOGRAM.divide(Units.SQUARE_METRE)), 0);
        assertEquals(1000.0, WrittenQuantity.of("1", parsed("M")).doubleIn(Units.MOLE.divide(Units.CUBIC_METRE)), 0);
        assertEquals(1.0 / 3600, WrittenQuantity.of("1", parsed("C")).doubleIn(Units.HERTZ), 1e-18);
    }

    // ---- malformed input: positioned errors, never exceptions --------------------------------------------

    private static SyntaxError error(String text) {
        Outcome<WrittenUnit> outcome = UnitParser.parse(text);
        assertTrue(outcome.problem().isPresent(), () -> "expected an error for '" + text + "'");
        return assertInstanceOf(SyntaxError.class, outcome.problem().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mAhh        | 0 | 4 | did you mean 'mAh'",
            "mg/cm2 xyz  | 7 | 3 | unknown unit 'xyz'",
            "mAh/        | 3 | 1 | expected a unit symbol after '/'",
            "mAh//g      | 4 | 1 | unexpected '/'",
            "(mAh/g      | 0 | 1 | missing ')'",
            "mAh)        | 3 | 1 | unbalanced ')'",
            "cm^         | 2 | 1 | integer exponent",
            "cm0         | 2 | 1 | exponent 0",
            "wt%/g       | 0 | 3 | must stand alone",
            "mV/°C       | 3 | 2 | offset scale",
            "degC2       | 0 | 5 | offset scale",
            "mAh $       | 4 | 1 | unexpected '$'",
            "2 mAh       | 0 | 1 | number cannot be part of a unit",
            "mAh g 2     | 6 | 1 | number cannot be part of a unit",
            "()          | 1 | 1 | expected a unit symbol",
            "mh          | 0 | 2 | unknown unit 'mh'",
            "cm^-100     | 2 | 5 | exponent too large" })
    void malformedUnitsGivePositionedErrors(String text, int offset, int length, String messagePart) {
        SyntaxError e = error(text);
        assertEquals(offset, e.offset(), () -> e.toString());
        assertEquals(length, e.length(), () -> e.toString());
        assertTrue(e.message().contains(messagePart), () -> e.message());
    }

    @Test
    void nullIsAnErrorNotAnException() {
        assertTrue(UnitParser.parse(null).problem().isPresent());
    }
}
