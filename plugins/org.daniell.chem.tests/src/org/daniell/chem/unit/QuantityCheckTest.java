package org.daniell.chem.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.measure.Quantity;

import org.daniell.chem.unit.UnitProblem.BasisMismatch;
import org.daniell.chem.unit.UnitProblem.DimensionMismatch;
import org.daniell.chem.unit.quantity.SpecificCapacity;
import org.junit.jupiter.api.Test;

class QuantityCheckTest {

    @Test
    void expectGivesATypedQuantityInTheUnitAsWritten() {
        Quantity<SpecificCapacity> q = QuantityCheck.parse("820 mAh g-1", Kind.SPECIFIC_CAPACITY).orElseThrow();
        assertEquals(820, q.getValue().intValue());
        assertEquals(820, q.to(FieldUnits.MILLIAMPERE_HOUR_PER_GRAM).getValue().doubleValue(), 1e-12);
    }

    @Test
    void aLengthWhereACapacityBelongsIsADimensionMismatch() {
        UnitProblem p = QuantityCheck.parse("20 um", Kind.SPECIFIC_CAPACITY).problem().orElseThrow();
        DimensionMismatch m = assertInstanceOf(DimensionMismatch.class, p);
        assertEquals(Kind.SPECIFIC_CAPACITY, m.expected());
        assertEquals(Kind.LENGTH.dimension(), m.actual());
        assertEquals("um", m.unitAsWritten());
        assertEquals(3, m.offset());
        assertEquals(2, m.length());
        assertTrue(m.actualKinds().contains(Kind.LENGTH));
        assertTrue(m.message().contains("specific capacity") && m.message().contains("length"), m::message);
    }

    @Test
    void aBareNumberWhereAUnitIsNeeded() {
        DimensionMismatch m = assertInstanceOf(DimensionMismatch.class,
                QuantityCheck.parse("20", Kind.AREAL_LOADING).problem().orElseThrow());
        assertTrue(m.message().contains("no unit"), m::message);
        assertEquals(2, m.offset());
    }

    @Test
    void percentKindsAreKeptApart() {
        BasisMismatch m = assertInstanceOf(BasisMismatch.class,
                QuantityCheck.parse("10 wt%", Kind.AMOUNT_FRACTION).problem().orElseThrow());
        assertEquals(FractionBasis.MASS, m.actual());
        assertEquals(3, m.offset());
        assertTrue(QuantityCheck.parse("70 %", Kind.MASS_FRACTION).isSuccess());
        assertTrue(QuantityCheck.parse("70 wt%", Kind.MASS_FRACTION).isSuccess());
        assertTrue(QuantityCheck.parse("85 vol%", Kind.VOLUME_FRACTION).isSuccess());
        assertTrue(QuantityCheck.parse("80 %", Kind.RATIO).isSuccess());
        assertTrue(QuantityCheck.parse("1.05", Kind.RATIO).isSuccess());
        assertInstanceOf(BasisMismatch.class, QuantityCheck.parse("80 at%", Kind.RATIO).problem().orElseThrow());
    }

    @Test
    void contextDependentSymbols() {
        assertTrue(QuantityCheck.parse("4 m", Kind.MOLALITY).isSuccess());
        assertTrue(QuantityCheck.parse("4 m", Kind.LENGTH).isSuccess());
        assertTrue(QuantityCheck.parse("0.5 C", Kind.C_RATE).isSuccess());
        assertTrue(QuantityCheck.parse("3.6 C", Kind.CAPACITY).isSuccess());
        assertInstanceOf(DimensionMismatch.class, QuantityCheck.parse("4 m", Kind.CONCENTRATION).problem().orElseThrow());
    }

    @Test
    void syntaxErrorsComeThroughWithTheirPosition() {
        UnitProblem p = QuantityCheck.parse("20 mg/cm2/", Kind.AREAL_LOADING).problem().orElseThrow();
        assertEquals(9, p.offset());
    }

    @Test
    void everyKindsDisplaySymbolParsesToItsDisplayUnit() {
        for (Kind<?> kind : Kind.values()) {
            WrittenUnit unit = UnitParser.parse(kind.displaySymbol(), kind).orElseThrow();
            assertTrue(unit.isEquivalentTo(kind.displayUnit()), () -> kind + ": " + kind.displaySymbol());
            assertTrue(QuantityCheck.expect(unit, kind).isSuccess(), kind::name);
            assertEquals(kind.dimension(), kind.displayUnit().getDimension(), kind::name);
        }
    }

    @Test
    void sharedDimensionsListEveryKind() {
        assertTrue(Kind.withDimension(Kind.ENERGY_DENSITY.dimension()).contains(Kind.PRESSURE));
        assertEquals(5, Kind.withDimension(Kind.RATIO.dimension()).size());
    }
}
