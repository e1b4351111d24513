package org.daniell.ide.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Material;
import org.daniell.chem.unit.Kind;
import org.eclipse.emf.ecore.EObject;

/** The computed values of a spec element, as hovers show them: the cell's key figures, an electrode's, a material's. */
public final class ElementValues {

    private ElementValues() {
    }

    /** The sheet for {@code element}, empty when nothing can be computed for it. */
    public static Optional<ValueSheet> of(EObject element) {
        ValueSheet sheet = null;
        if (element instanceof Cell cell) {
            sheet = cell(cell);
        } else if (element instanceof Electrode electrode) {
            sheet = analysisOf(electrode).map(ElementValues::electrode).orElse(null);
        } else if (element instanceof ActiveComponent active) {
            sheet = active(active);
        } else if (element instanceof Material material && Resolved.resolved(material)) {
            sheet = material(material);
        }
        return Optional.ofNullable(sheet).filter(s -> !s.isEmpty());
    }

    /** The analysis of an electrode written in a cell; electrodes defined outside a cell have none. */
    public static Optional<ElectrodeAnalysis> analysisOf(Electrode electrode) {
        if (!(electrode.eContainer() instanceof Cell cell)) {
            return Optional.empty();
        }
        CellAnalysis analysis = CellAnalyses.of(cell);
        return analysis.negative().filter(e -> e.electrode() == electrode)
                .or(() -> analysis.positive().filter(e -> e.electrode() == electrode));
    }

    static ValueSheet cell(Cell cell) {
        CellAnalysis analysis = CellAnalyses.of(cell);
        List<Figure> figures = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        analysis.npRatio().ifPresent(figures::add);
        analysis.cellArealCapacity().ifPresent(capacity -> {
            figures.add(capacity);
            if (analysis.limiting() != null && !analysis.limiting().isBlank()) {
                remarks.add("The cell's capacity is limited by " + limitingSide(analysis) + " electrode "
                        + analysis.limiting() + ".");
            }
        });
        analysis.capacity().ifPresent(figures::add);
        analysis.voltage().ifPresent(figures::add);
        analysis.electrolyteVolumeRatio().ifPresent(figures::add);
        analysis.electrolyteMassRatio().ifPresent(figures::add);
        figures.addAll(analysis.energy().all());
        analysis.metalUtilisation().ifPresent(figures::add);
        return new ValueSheet("cell " + cell.getName(), figures, remarks);
    }

    private static String limitingSide(CellAnalysis analysis) {
        boolean negative = analysis.negative().map(e -> e.name().equals(analysis.limiting())).orElse(false);
        return negative ? "the negative" : "the positive";
    }

    static ValueSheet electrode(ElectrodeAnalysis electrode) {
        List<Figure> figures = new ArrayList<>();
        electrode.theoreticalCapacity().ifPresent(figures::add);
        electrode.specificCapacity().filter(used -> electrode.theoreticalCapacity().map(t -> t != used).orElse(true))
                .map(used -> relabel(used, "specific capacity used"))
                .ifPresent(figures::add);
        electrode.activeLoading().ifPresent(figures::add);
        electrode.coatingLoading().ifPresent(figures::add);
        electrode.arealCapacity().ifPresent(figures::add);
        electrode.potential().ifPresent(figures::add);
        return new ValueSheet(electrode.side().word() + " electrode " + electrode.name(), figures, List.of());
    }

    static ValueSheet active(ActiveComponent active) {
        Material material = active.getMaterial();
        if (!Resolved.resolved(material)) {
            return null;
        }
        List<Figure> figures = new ArrayList<>();
        MaterialFigures.theoreticalCapacity(material, active).ifPresent(figures::add);
        Stated.figure("specificCapacity", "stated capacity", active.getSpecificCapacity(), Kind.SPECIFIC_CAPACITY)
                .or(() -> org.daniell.model.analysis.Chemistry.usedAsCatalogued(active, material) ? MaterialFigures.statedCapacity(material)
                        : Optional.empty())
                .ifPresent(figures::add);
        Stated.figure("activeLoading", "active loading", active.getLoading(), Kind.AREAL_LOADING).ifPresent(figures::add);
        return new ValueSheet("active " + material.getName(), figures, List.of());
    }

    static ValueSheet material(Material material) {
        List<Figure> figures = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        MaterialFigures.theoreticalCapacity(material, null).ifPresent(figures::add);
        MaterialFigures.statedCapacity(material).ifPresent(figures::add);
        MaterialFigures.molarMass(material).ifPresent(figures::add);
        MaterialFigures.entropy(material).ifPresent(entropy -> {
            figures.add(entropy.figure());
            remarks.add(entropy.classRemark());
        });
        return new ValueSheet("material " + material.getName(), figures, remarks);
    }

    private static Figure relabel(Figure figure, String label) {
        return new Figure(figure.key(), label, figure.value(), figure.kind(), figure.formula(), figure.inputs(),
                figure.source());
    }
}
