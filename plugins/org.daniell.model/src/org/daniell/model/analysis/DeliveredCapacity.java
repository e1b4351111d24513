package org.daniell.model.analysis;

import java.util.Optional;

import org.daniell.chem.unit.Kind;

/**
 * What an electrode delivers per gram of active material when its areal capacity is stated, and which share of the
 * theoretical capacity that is (seed-001-002 §1.3, §2 F2: q = Q_A / L).
 */
public final class DeliveredCapacity {

    private DeliveredCapacity() {
    }

    /** Stated areal capacity ÷ active loading, in mAh/g; absent when the areal capacity was itself derived. */
    public static Optional<Figure> specific(ElectrodeAnalysis electrode) {
        Optional<Figure> areal = electrode.arealCapacity().filter(Figure::isStated);
        Optional<Figure> loading = electrode.activeLoading().filter(l -> l.value() > 0);
        if (areal.isEmpty() || loading.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Figure.derived("deliveredCapacity", "delivered specific capacity",
                areal.get().value() / loading.get().value() * 1000, Kind.SPECIFIC_CAPACITY,
                "areal capacity ÷ active loading", "seed-001-002 §2 F2", areal.get(), loading.get()));
    }

    /** Delivered ÷ theoretical specific capacity, in percent. */
    public static Optional<Figure> utilisation(ElectrodeAnalysis electrode) {
        Optional<Figure> delivered = specific(electrode);
        Optional<Figure> theoretical = electrode.theoreticalCapacity().filter(q -> q.value() > 0);
        if (delivered.isEmpty() || theoretical.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Figure.derived("activeUtilisation", "active-material utilisation",
                delivered.get().value() / theoretical.get().value() * 100, Kind.MASS_FRACTION,
                "delivered ÷ theoretical specific capacity", "seed-001-002 §6 D7", delivered.get(),
                theoretical.get()));
    }
}
