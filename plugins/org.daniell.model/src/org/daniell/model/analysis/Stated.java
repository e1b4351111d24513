package org.daniell.model.analysis;

import java.util.Optional;
import java.util.OptionalDouble;

import javax.measure.Quantity;

import org.daniell.chem.unit.FieldConversions;
import org.daniell.chem.unit.Kind;
import org.daniell.chem.unit.Outcome;
import org.daniell.chem.unit.QuantityCheck;

/**
 * Reads the quantities written in a spec through the units library, once, into the display unit of their kind. A
 * quantity whose unit does not fit is simply absent here; the notation checks report it where it was written.
 */
public final class Stated {

    private Stated() {
    }

    /** The value of {@code quantity} in {@code kind}'s display unit, if its unit measures that kind. */
    public static <Q extends Quantity<Q>> OptionalDouble value(org.daniell.model.design.Quantity quantity, Kind<Q> kind) {
        if (quantity == null || quantity.getValue() == null) {
            return OptionalDouble.empty();
        }
        String unit = quantity.getUnit() == null ? "" : quantity.getUnit();
        Outcome<Quantity<Q>> parsed = QuantityCheck.parse(quantity.getValue().toPlainString() + " " + unit, kind);
        return parsed.value()
                .map(q -> OptionalDouble.of(FieldConversions.as(q, kind.displayUnit()).getValue().doubleValue()))
                .orElse(OptionalDouble.empty());
    }

    /** The first of {@code kinds} the quantity measures. */
    public static Optional<Kind<?>> kindOf(org.daniell.model.design.Quantity quantity, Kind<?>... kinds) {
        for (Kind<?> kind : kinds) {
            if (valueOfAnyKind(quantity, kind).isPresent()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The quantity as a stated figure, when it measures {@code kind}. */
    public static Optional<Figure> figure(String key, String label, org.daniell.model.design.Quantity quantity,
            Kind<?> kind) {
        OptionalDouble value = valueOfAnyKind(quantity, kind);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Figure.stated(key, label, value.getAsDouble(), kind, Where.of(quantity)));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static OptionalDouble valueOfAnyKind(org.daniell.model.design.Quantity quantity, Kind<?> kind) {
        return value(quantity, (Kind) kind);
    }
}
