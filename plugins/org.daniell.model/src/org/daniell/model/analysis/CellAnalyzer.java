package org.daniell.model.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.electrochem.SolutionConditions;
import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Claim;
import org.daniell.model.design.ClaimKind;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Format;
import org.daniell.model.design.Separator;

/** The analysis of a cell: a pure function of the resolved model; use {@link CellAnalyses} for the cached one. */
public final class CellAnalyzer {

    private static final String F9 = "seed-001-002 §2 F9";

    private CellAnalyzer() {
    }

    public static CellAnalysis analyze(Cell cell) {
        Optional<Electrolyte> electrolyte = Optional.ofNullable(Resolved.electrolyte(cell));
        OptionalDouble pH = electrolyte.map(e -> Resolved.nearest(Resolved.lineage(e), Electrolyte::getPH))
                .map(p -> OptionalDouble.of(p.doubleValue())).orElse(OptionalDouble.empty());
        SolutionConditions conditions = pH.isPresent() ? SolutionConditions.atPh(pH.getAsDouble())
                : SolutionConditions.standard();
        ElectrodeAnalyzer electrodes = new ElectrodeAnalyzer(conditions);
        Optional<ElectrodeAnalysis> negative = Resolved.electrode(cell, Polarity.NEGATIVE).map(electrodes::analyze);
        Optional<ElectrodeAnalysis> positive = Resolved.electrode(cell, Polarity.POSITIVE).map(electrodes::analyze);

        Optional<Figure> qNeg = negative.flatMap(ElectrodeAnalysis::arealCapacity);
        Optional<Figure> qPos = positive.flatMap(ElectrodeAnalysis::arealCapacity);
        Optional<Figure> np = Optional.empty();
        Optional<Figure> cellAreal = Optional.empty();
        String limiting = "";
        if (qNeg.isPresent() && qPos.isPresent() && qPos.get().value() > 0) {
            np = Optional.of(Figure.derived("npRatio", "N/P", qNeg.get().value() / qPos.get().value(), Kind.RATIO,
                    "areal capacity (negative) ÷ areal capacity (positive)", "seed-001-002 §2 F3", qNeg.get(),
                    qPos.get()));
            // an anode-free plating negative (no metal at the start) does not limit: the positive's inventory plates
            boolean anodeFree = qNeg.get().value() == 0 && negative.get().plating();
            boolean negativeLimits = !anodeFree && qNeg.get().value() < qPos.get().value();
            limiting = negativeLimits ? negative.get().name() : positive.get().name();
            Figure smaller = negativeLimits ? qNeg.get() : qPos.get();
            cellAreal = Optional.of(Figure.derived("cellArealCapacity", "cell areal capacity", smaller.value(),
                    Kind.AREAL_CAPACITY, "min(negative, positive); limited by " + limiting, "seed-000 §3.2", qNeg.get(),
                    qPos.get()));
        } else if (qPos.isPresent() && negative.map(ElectrodeAnalysis::plating).orElse(false)) {
            // a plating anode without a stated amount of metal: the positive sets the capacity
            limiting = positive.get().name();
            cellAreal = qPos;
        }

        Format format = Resolved.format(cell);
        Optional<Figure> area = format == null ? Optional.empty()
                : Stated.figure("area", "electrode area", format.getArea(), Kind.AREA);
        if (area.isEmpty()) {
            area = Resolved.electrodes(cell).stream().map(Electrode::getArea)
                    .map(a -> Stated.figure("area", "electrode area", a, Kind.AREA)).flatMap(Optional::stream).findFirst();
        }
        int layers = format != null && format.isSetLayers() ? Math.max(1, format.getLayers()) : 1;
        Optional<Figure> capacity = capacity(format, cellAreal, area, layers);

        Optional<Figure> voltage = voltage(cell, negative, positive);
        Optional<Figure> massRatio = Optional.empty();
        Optional<Figure> volumeRatio = Optional.empty();
        if (electrolyte.isPresent()) {
            Figure[] ratios = electrolyteRatios(electrolyte.get(), capacity);
            massRatio = Optional.ofNullable(ratios[0]);
            volumeRatio = Optional.ofNullable(ratios[1]);
        }
        Optional<Figure> electrolyteLoading = Optional.empty();
        if (massRatio.isPresent() && cellAreal.isPresent()) {
            electrolyteLoading = Optional.of(Figure.derived("electrolyteLoading", "electrolyte areal mass",
                    massRatio.get().value() * cellAreal.get().value(), Kind.AREAL_LOADING, "E/C × areal capacity", F9,
                    massRatio.get(), cellAreal.get()));
        }
        Optional<Figure> separatorLoading = separatorLoading(Resolved.separators(cell));
        EnergyBases energy = cellAreal.isPresent() && voltage.isPresent()
                ? Energy.bases(negative, positive, cellAreal.get(), voltage.get(), electrolyteLoading, separatorLoading,
                        format)
                : EnergyBases.NONE;

        Optional<Figure> utilisation = Optional.empty();
        if (np.isPresent() && negative.get().plating() && np.get().value() > 0) {
            utilisation = Optional.of(Figure.derived("metalUtilisation", "largest metal utilisation (DOD)",
                    Math.min(100, 100 / np.get().value()), Kind.PERCENTAGE, "1/(N/P)", "seed-001-002 §2 F5",
                    np.get()));
        }
        return new CellAnalysis(cell, negative, positive, electrolyte, pH, np, cellAreal, limiting, area, capacity,
                voltage, massRatio, volumeRatio, electrolyteLoading, separatorLoading, energy, utilisation);
    }

    private static Optional<Figure> capacity(Format format, Optional<Figure> cellAreal, Optional<Figure> area,
            int layers) {
        Optional<Figure> nominal = format == null ? Optional.empty()
                : Stated.figure("capacity", "nominal capacity", format.getNominalCapacity(), Kind.CAPACITY);
        if (nominal.isPresent() || cellAreal.isEmpty() || area.isEmpty()) {
            return nominal;
        }
        Figure layersFigure = Figure.stated("layers", "layers", layers, Kind.RATIO, "format");
        return Optional.of(Figure.derived("capacity", "cell capacity",
                cellAreal.get().value() * area.get().value() * layers, Kind.CAPACITY,
                "cell areal capacity × electrode area × layers", F9, cellAreal.get(), area.get(), layersFigure));
    }

    /** Positive minus negative average potential, both on the SHE scale; else the claimed average voltage. */
    private static Optional<Figure> voltage(Cell cell, Optional<ElectrodeAnalysis> negative,
            Optional<ElectrodeAnalysis> positive) {
        Optional<Figure> ePos = positive.flatMap(ElectrodeAnalysis::potential);
        Optional<Figure> eNeg = negative.flatMap(ElectrodeAnalysis::potential);
        if (ePos.isPresent() && eNeg.isPresent()) {
            return Optional.of(Figure.derived("voltage", "average cell voltage", ePos.get().value() - eNeg.get().value(),
                    Kind.POTENTIAL, "E(positive) − E(negative), both vs SHE", "IUPAC Green Book §2.13", ePos.get(),
                    eNeg.get()));
        }
        for (Claim claim : Resolved.claims(cell)) {
            if (claim.getKind() == ClaimKind.VOLTAGE) {
                Optional<Figure> claimed = Stated.figure("voltage", "claimed average voltage", claim.getValue(),
                        Kind.POTENTIAL);
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
        }
        return Optional.empty();
    }

    /** E/C by mass (g/Ah) and by volume (µL/mAh), from whichever the spec states and the electrolyte's density. */
    private static Figure[] electrolyteRatios(Electrolyte electrolyte, Optional<Figure> capacity) {
        List<Electrolyte> lineage = Resolved.lineage(electrolyte);
        org.daniell.model.design.Quantity amount = Resolved.nearest(lineage, Electrolyte::getAmount);
        Optional<Figure> density = Stated.figure("electrolyteDensity", "electrolyte density",
                Resolved.nearest(lineage, Electrolyte::getDensity), Kind.MASS_DENSITY);
        Figure mass = Stated.figure("electrolyteMassRatio", "E/C (mass)", amount, Kind.ELECTROLYTE_MASS_RATIO)
                .orElse(null);
        Figure volume = Stated.figure("electrolyteVolumeRatio", "E/C (volume)", amount, Kind.ELECTROLYTE_RATIO)
                .orElse(null);
        if (mass == null && volume == null && capacity.isPresent() && capacity.get().value() > 0) {
            Optional<Figure> absoluteVolume = Stated.figure("electrolyteVolume", "electrolyte volume", amount, Kind.VOLUME);
            Optional<Figure> absoluteMass = Stated.figure("electrolyteMass", "electrolyte mass", amount, Kind.MASS);
            if (absoluteVolume.isPresent()) {
                volume = Figure.derived("electrolyteVolumeRatio", "E/C (volume)",
                        absoluteVolume.get().value() / capacity.get().value(), Kind.ELECTROLYTE_RATIO,
                        "electrolyte volume ÷ cell capacity", "seed-001-002 §2 F4", absoluteVolume.get(), capacity.get());
            } else if (absoluteMass.isPresent()) {
                mass = Figure.derived("electrolyteMassRatio", "E/C (mass)",
                        absoluteMass.get().value() / (capacity.get().value() / 1000), Kind.ELECTROLYTE_MASS_RATIO,
                        "electrolyte mass ÷ cell capacity", "seed-001-002 §2 F4", absoluteMass.get(), capacity.get());
            }
        }
        if (density.isPresent()) {
            if (mass == null && volume != null) {
                mass = Figure.derived("electrolyteMassRatio", "E/C (mass)", volume.value() * density.get().value(),
                        Kind.ELECTROLYTE_MASS_RATIO, "E/C (volume) × density", "seed-001-002 §2 F4", volume,
                        density.get());
            } else if (volume == null && mass != null && density.get().value() > 0) {
                volume = Figure.derived("electrolyteVolumeRatio", "E/C (volume)", mass.value() / density.get().value(),
                        Kind.ELECTROLYTE_RATIO, "E/C (mass) ÷ density", "seed-001-002 §2 F4", mass, density.get());
            }
        }
        return new Figure[] { mass, volume };
    }

    private static Optional<Figure> separatorLoading(List<Separator> separators) {
        double total = 0;
        List<Figure> inputs = new ArrayList<>();
        for (Separator separator : separators) {
            Optional<Figure> mass = Stated.figure("separatorLoading", "separator areal mass", separator.getArealMass(),
                    Kind.AREAL_LOADING);
            if (mass.isEmpty()) {
                continue;
            }
            total += mass.get().value();
            inputs.add(mass.get());
        }
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure("separatorLoading", "separator areal mass", total, Kind.AREAL_LOADING,
                inputs.size() == 1 ? "stated" : "sum of the separators", inputs.size() == 1 ? List.of() : inputs,
                inputs.get(0).source()));
    }

    static double decimal(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
