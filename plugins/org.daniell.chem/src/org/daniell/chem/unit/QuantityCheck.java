package org.daniell.chem.unit;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.daniell.chem.unit.UnitProblem.BasisMismatch;
import org.daniell.chem.unit.UnitProblem.DimensionMismatch;

import tech.units.indriya.quantity.Quantities;

/**
 * Checks that what was written is the kind of quantity expected at that place, and hands back a typed
 * Indriya quantity. A wrong dimension is a {@link DimensionMismatch}, a wrong fraction basis a
 * {@link BasisMismatch}; both are values, not exceptions, and carry the unit as written so a caller can
 * report them at the unit's source position.
 *
 * <pre>{@code
 * Outcome<Quantity<SpecificCapacity>> q = QuantityCheck.parse("820 mAh g-1", Kind.SPECIFIC_CAPACITY);
 * }</pre>
 */
public final class QuantityCheck {

    private QuantityCheck() {
    }

    /** The unit typed as {@code kind}'s quantity type, or why it is not of that kind. */
    @SuppressWarnings("unchecked")
    public static <Q extends Quantity<Q>> Outcome<Unit<Q>> expect(WrittenUnit unit, Kind<Q> kind) {
        if (!kind.dimension().equals(unit.dimension())) {
            return Outcome.failure(new DimensionMismatch(kind, unit.dimension(), unit.asWritten()));
        }
        if (!kind.basisAccepted(unit.basis())) {
            return Outcome.failure(new BasisMismatch(kind, unit.basis(), unit.asWritten()));
        }
        return Outcome.success((Unit<Q>) unit.unit());
    }

    /** The quantity, in the unit as written, typed as {@code kind}'s quantity type, or why it is not of that kind. */
    public static <Q extends Quantity<Q>> Outcome<Quantity<Q>> expect(WrittenQuantity quantity, Kind<Q> kind) {
        return expect(quantity.unit(), kind).map(u -> Quantities.getQuantity(quantity.value(), u));
    }

    /**
     * Parses {@code text} as a quantity of {@code kind} (context-dependent symbols read for that kind) and checks
     * it. Every problem's position is relative to {@code text}; a dimension or basis mismatch covers the unit part.
     */
    public static <Q extends Quantity<Q>> Outcome<Quantity<Q>> parse(String text, Kind<Q> kind) {
        Outcome<WrittenQuantity> parsed = QuantityParser.parse(text, kind);
        if (parsed instanceof Outcome.Failure<WrittenQuantity> f) {
            return Outcome.failure(f.reason());
        }
        WrittenQuantity q = parsed.orElseThrow();
        String written = q.unit().asWritten();
        int unitOffset = written.isEmpty() ? text.stripTrailing().length() : text.lastIndexOf(written);
        return expect(q, kind).shifted(Math.max(0, unitOffset));
    }
}
