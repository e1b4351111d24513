package org.daniell.model.validation.capacity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Quantity;

/**
 * The electrolyte amount that meets a target E/C, written in the same kind of unit as the amount it replaces:
 * g/Ah directly, µL/mAh through the density, an absolute volume or mass through the cell capacity
 * (seed-001-002 §2 F4). The quick fix replaces the amount with this text.
 */
final class ElectrolyteAmountTarget {

    private ElectrolyteAmountTarget() {
    }

    /** The replacement amount and the target as fix data, or nothing when the amount cannot be re-expressed. */
    static List<String> data(CellAnalysis analysis, Electrolyte electrolyte, double targetGramPerAh) {
        List<Electrolyte> lineage = Resolved.lineage(electrolyte);
        Quantity amount = Resolved.nearest(lineage, Electrolyte::getAmount);
        OptionalDouble density = Stated.value(Resolved.nearest(lineage, Electrolyte::getDensity), Kind.MASS_DENSITY);
        Optional<Figure> capacity = analysis.capacity().filter(c -> c.value() > 0);
        String target = Figure.format(targetGramPerAh) + " g/Ah";
        String text = null;
        if (Stated.value(amount, Kind.ELECTROLYTE_MASS_RATIO).isPresent()) {
            text = target;
        } else if (Stated.value(amount, Kind.ELECTROLYTE_RATIO).isPresent() && density.isPresent()) {
            // g/Ah ÷ g/mL = mL/Ah = µL/mAh
            text = round(targetGramPerAh / density.getAsDouble()) + " uL/mAh";
        } else if (Stated.value(amount, Kind.VOLUME).isPresent() && density.isPresent() && capacity.isPresent()) {
            text = round(targetGramPerAh / density.getAsDouble() * capacity.get().value()) + " uL";
        } else if (Stated.value(amount, Kind.MASS).isPresent() && capacity.isPresent()) {
            // g/Ah × mAh / 1000 = g
            text = round(targetGramPerAh * capacity.get().value() / 1000) + " g";
        }
        return text == null ? List.of() : List.of(text, target);
    }

    /** Three significant digits, rounded down so that the new amount stays under the target. */
    private static String round(double value) {
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(value)));
        return Figure.format(Math.floor(value * scale) / scale);
    }
}
