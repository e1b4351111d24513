package org.daniell.chem.unit;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.Unit;

import tech.units.indriya.quantity.Quantities;

/**
 * A number with the unit it was written in. The value is kept exactly as written (a {@link BigDecimal}),
 * the unit as written; conversion happens only when asked, through Indriya's exact rational converters.
 *
 * @param value the number as written ({@code 20} in {@code 20 mg/cm2})
 * @param unit the unit as written
 */
public record WrittenQuantity(BigDecimal value, WrittenUnit unit) {

    /** A quantity from its parts. */
    public static WrittenQuantity of(String value, WrittenUnit unit) {
        return new WrittenQuantity(new BigDecimal(value), unit);
    }

    /** The Indriya quantity in the unit as written. */
    public Quantity<?> toQuantity() {
        return Quantities.getQuantity(value, unit.unit());
    }

    /**
     * The value converted to {@code target}, exactly where the factors allow: Indriya returns a
     * {@code RationalNumber} for rational factors ({@code 1 mAh = 18/5 C}) and a {@link BigDecimal} for offsets
     * ({@code °C → K}). Check the kind first ({@link QuantityCheck#expect(WrittenQuantity, Kind)}); a unit of
     * another dimension throws {@link javax.measure.UnconvertibleException}.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Number valueIn(Unit<?> target) {
        if (!unit.unit().isCompatible(target)) {
            throw new javax.measure.UnconvertibleException(unit.asWritten() + " cannot be converted to " + target);
        }
        return ((Unit) unit.unit()).getConverterTo(target).convert(value);
    }

    /** {@link #valueIn(Unit)} as a double, for arithmetic that does not need exactness. */
    public double doubleIn(Unit<?> target) {
        return valueIn(target).doubleValue();
    }

    @Override
    public String toString() {
        return unit.asWritten().isEmpty() ? value.toPlainString() : value.toPlainString() + " " + unit.asWritten();
    }
}
