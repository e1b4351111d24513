package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrolyte;

/**
 * The derived view of one cell, a pure function of the resolved model (see {@link CellAnalyzer}). Every number is a
 * {@link Figure} that can say how it was obtained; a figure is absent when the spec does not give what it needs.
 *
 * @param cellArealCapacity the smaller of the two electrodes' areal capacities; {@link #limiting()} names it
 * @param energy            specific energy and energy density at the four bases of seed-001-002 §2 F9
 * @param metalUtilisation  the largest depth of discharge of a plating anode, 1/(N/P) (seed-001-002 §2 F5)
 * @param inventory         electrolyte ions, salt and acid/base inventory and membrane fluxes (seed-000 §3.2–§3.8)
 */
public record CellAnalysis(Cell cell, Optional<ElectrodeAnalysis> negative, Optional<ElectrodeAnalysis> positive,
        Optional<Electrolyte> electrolyte, OptionalDouble pH, Optional<Figure> npRatio,
        Optional<Figure> cellArealCapacity, String limiting, Optional<Figure> area, Optional<Figure> capacity,
        Optional<Figure> voltage, Optional<Figure> electrolyteMassRatio, Optional<Figure> electrolyteVolumeRatio,
        Optional<Figure> electrolyteLoading, Optional<Figure> separatorLoading, EnergyBases energy,
        Optional<Figure> metalUtilisation, InventoryAnalysis inventory) {

    public Optional<ElectrodeAnalysis> side(Polarity side) {
        return side == Polarity.NEGATIVE ? negative : positive;
    }

    /** Every figure the analysis could compute, in a stable order. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        for (Optional<ElectrodeAnalysis> electrode : List.of(negative, positive)) {
            electrode.ifPresent(e -> {
                e.theoreticalCapacity().ifPresent(all::add);
                e.specificCapacity().ifPresent(all::add);
                e.arealCapacity().ifPresent(all::add);
            });
        }
        for (Optional<Figure> figure : List.of(npRatio, cellArealCapacity, capacity, voltage, electrolyteMassRatio,
                electrolyteVolumeRatio, metalUtilisation)) {
            figure.ifPresent(all::add);
        }
        all.addAll(energy.all());
        all.addAll(inventory.figures());
        return all;
    }
}
