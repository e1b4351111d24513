package org.daniell.chem.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.daniell.chem.unit.UnitProblem.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    private static WrittenQuantity parsed(String text) {
        return QuantityParser.parse(text).orElseThrow();
    }

    @Test
    void numberAndUnitAreKeptAsWritten() {
        WrittenQuantity q = parsed("20 mg/cm2");
        assertEquals(new BigDecimal("20"), q.value());
        assertEquals("mg/cm2", q.unit().asWritten());
        assertEquals("20 mg/cm2", q.toString());
    }

    @Test
    void signsExponentsAndGluedUnits() {
        assertEquals(new BigDecimal("-0.76"), parsed("-0.76 V").value());
        assertEquals(new BigDecimal("-0.76"), parsed("−0.76 V").value());
        assertEquals(new BigDecimal("1.2e-3"), parsed("1.2e-3 S/cm").value());
        assertEquals("S/cm", parsed("1.2e-3 S/cm").unit().asWritten());
        assertEquals("C", parsed("0.5C").unit().asWritten());
        assertEquals("eV", parsed("5eV").unit().asWritten());
        assertEquals(WrittenUnit.NONE, parsed("1.05").unit());
    }

    @Test
    void cRateFractionForm() {
        // seed-001-002 §1.1: "practically relevant current rates ranging from C/4 to C/6"
        WrittenQuantity q = parsed("C/4");
        assertEquals(0, new BigDecimal("0.25").compareTo(q.value()));
        assertTrue(q.unit().isEquivalentTo(FieldUnits.C_RATE));
        assertEquals(1.0 / 6, parsed("C/6").value().doubleValue(), 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc          | 0 | 1 | expected a number",
            "20 mgg/cm2   | 3 | 3 | unknown unit 'mgg'",
            "1.2.3 V      | 0 | 5 | not a number",
            "'   '        | 0 | 0 | expected a number",
            "C/x          | 2 | 1 | expected a number after 'C/'",
            "C/0          | 2 | 1 | positive",
            "5 wt%/g      | 2 | 3 | must stand alone" })
    void malformedQuantitiesGivePositionedErrors(String text, int offset, int length, String messagePart) {
        SyntaxError e = assertInstanceOf(SyntaxError.class, QuantityParser.parse(text).problem().orElseThrow());
        assertEquals(offset, e.offset(), e::toString);
        assertEquals(length, e.length(), e::toString);
        assertTrue(e.message().contains(messagePart), e::message);
    }
}
