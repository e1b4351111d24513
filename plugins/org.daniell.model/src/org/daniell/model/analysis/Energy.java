package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Format;

/**
 * Energy at the four mass bases of seed-001-002 §2 F9, per unit electrode area: Q_A·V̄ over the active masses, the
 * electrodes, and the cell. mAh/cm² × V = mWh/cm²; divided by mg/cm² and × 1000 gives Wh/kg.
 */
final class Energy {

    private static final String F9 = "seed-001-002 §2 F9";

    private Energy() {
    }

    static EnergyBases bases(Optional<ElectrodeAnalysis> negative, Optional<ElectrodeAnalysis> positive,
            Figure arealCapacity, Figure voltage, Optional<Figure> electrolyte, Optional<Figure> separator,
            Format format) {
        Figure arealEnergy = Figure.derived("arealEnergy", "areal energy", arealCapacity.value() * voltage.value(),
                Kind.AREAL_ENERGY, "Q_A × V̄", F9, arealCapacity, voltage);
        Optional<Figure> material = positive.flatMap(ElectrodeAnalysis::specificCapacity)
                .map(q -> Figure.derived("energyMaterial", "specific energy (positive active material)",
                        q.value() * voltage.value(), Kind.SPECIFIC_ENERGY, "q × V̄", F9, q, voltage));

        List<Figure> activeMasses = new ArrayList<>();
        for (Optional<ElectrodeAnalysis> side : List.of(positive, negative)) {
            side.flatMap(ElectrodeAnalysis::activeLoading).ifPresent(activeMasses::add);
        }
        Optional<Figure> pair = activeMasses.size() == 2
                ? perMass("energyElectrodePair", "specific energy (electrode pair)", arealEnergy, activeMasses,
                        "Q_A·V̄ ÷ (active masses)")
                : Optional.empty();

        List<Figure> electrodeMasses = new ArrayList<>();
        boolean complete = true;
        for (Optional<ElectrodeAnalysis> side : List.of(positive, negative)) {
            Optional<Figure> loading = side.flatMap(ElectrodeAnalysis::electrodeLoading);
            complete &= loading.isPresent();
            loading.ifPresent(electrodeMasses::add);
            side.flatMap(ElectrodeAnalysis::collectorLoading).ifPresent(electrodeMasses::add);
        }
        Optional<Figure> electrodes = complete
                ? perMass("energyElectrodes", "specific energy (electrodes)", arealEnergy, electrodeMasses,
                        "Q_A·V̄ ÷ (coatings + collectors)")
                : Optional.empty();

        Optional<Figure> cell = Optional.empty();
        if (complete && electrolyte.isPresent()) {
            List<Figure> cellMasses = new ArrayList<>(electrodeMasses);
            cellMasses.add(electrolyte.get());
            separator.ifPresent(cellMasses::add);
            OptionalDouble packaging = format == null ? OptionalDouble.empty()
                    : Stated.value(format.getPackaging(), Kind.MASS_FRACTION);
            cell = perMass("energyCell", "specific energy (cell)", arealEnergy, cellMasses,
                    "Q_A·V̄ ÷ (electrodes + electrolyte + separator)");
            if (cell.isPresent() && packaging.isPresent() && packaging.getAsDouble() < 100) {
                Figure share = Figure.stated("packaging", "packaging mass share", packaging.getAsDouble(),
                        Kind.MASS_FRACTION, "format");
                cell = Optional.of(Figure.derived("energyCell", "specific energy (cell)",
                        cell.get().value() * (1 - packaging.getAsDouble() / 100), Kind.SPECIFIC_ENERGY,
                        "stack specific energy × (1 − packaging share)", F9, cell.get(), share));
            }
        }
        return new EnergyBases(material, pair, electrodes, cell, Optional.empty(), Optional.empty());
    }

    private static Optional<Figure> perMass(String key, String label, Figure arealEnergy, List<Figure> masses,
            String formula) {
        double total = masses.stream().mapToDouble(Figure::value).sum();
        if (total <= 0) {
            return Optional.empty();
        }
        List<Figure> inputs = new ArrayList<>();
        inputs.add(arealEnergy);
        inputs.addAll(masses);
        return Optional.of(new Figure(key, label, arealEnergy.value() / total * 1000, Kind.SPECIFIC_ENERGY, formula,
                inputs, F9));
    }
}
