package org.daniell.ide.values;

import static org.daniell.model.design.DesignPackage.Literals.ACTIVE_COMPONENT__LOADING;
import static org.daniell.model.design.DesignPackage.Literals.ACTIVE_COMPONENT__SPECIFIC_CAPACITY;
import static org.daniell.model.design.DesignPackage.Literals.ELECTRODE__LOADING;
import static org.daniell.model.design.DesignPackage.Literals.ELEMENT__NAME;
import static org.daniell.model.design.DesignPackage.Literals.MATERIAL__FORMULA;
import static org.daniell.model.design.DesignPackage.Literals.MATERIAL__SPECIFIC_CAPACITY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Polarity;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Material;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The values shown inline in a spec: N/P after the positive electrode's name, the computed areal capacity after an
 * electrode's loading, the theoretical capacity after a stated specific capacity, the entropy class after a
 * multi-element formula. Front-end neutral: offsets into the document, converted by the language server (and by the
 * Eclipse editor) as each needs.
 */
public final class InlayValues {

    private InlayValues() {
    }

    /** The values of {@code resource}, by offset; {@code from}–{@code to} limits them to a part of the document. */
    public static List<InlayValue> of(Resource resource, int from, int to) {
        List<InlayValue> values = new ArrayList<>();
        TreeIterator<EObject> contents = resource.getAllContents();
        while (contents.hasNext()) {
            EObject element = contents.next();
            if (element instanceof Electrode electrode && electrode.eContainer() instanceof Cell cell) {
                npRatio(cell, electrode, values);
                computedArealCapacity(electrode, values);
            } else if (element instanceof ActiveComponent active) {
                theoreticalAfterStated(active, values);
            } else if (element instanceof Material material && Resolved.resolved(material)) {
                theoreticalAfterStated(material, values);
                entropyClass(material, values);
            }
        }
        return values.stream().filter(v -> v.offset() >= from && v.offset() <= to)
                .sorted(Comparator.comparingInt(InlayValue::offset)).toList();
    }

    private static void npRatio(Cell cell, Electrode electrode, List<InlayValue> values) {
        if (Polarity.of(electrode) != Polarity.POSITIVE) {
            return;
        }
        CellAnalyses.of(cell).npRatio().ifPresent(np -> endOf(electrode, ELEMENT__NAME)
                .ifPresent(at -> values.add(new InlayValue(at, "N/P " + Figure.format(np.value()), np.derivation()))));
    }

    /** After the loading the analysis turned into an areal capacity, when the spec does not state that capacity. */
    private static void computedArealCapacity(Electrode electrode, List<InlayValue> values) {
        Optional<Figure> areal = ElementValues.analysisOf(electrode).flatMap(ElectrodeAnalysis::arealCapacity)
                .filter(figure -> !figure.isStated());
        if (areal.isEmpty()) {
            return;
        }
        OptionalInt at = endOf(electrode, ELECTRODE__LOADING).map(OptionalInt::of).orElseGet(() -> electrode
                .getComponents().stream().filter(ActiveComponent.class::isInstance)
                .map(active -> endOf(active, ACTIVE_COMPONENT__LOADING)).flatMap(Optional::stream)
                .mapToInt(Integer::intValue).findFirst());
        at.ifPresent(offset -> values.add(new InlayValue(offset, "≈ " + areal.get().display(),
                areal.get().derivation())));
    }

    private static void theoreticalAfterStated(ActiveComponent active, List<InlayValue> values) {
        if (active.getSpecificCapacity() == null || !Resolved.resolved(active.getMaterial())) {
            return;
        }
        MaterialFigures.theoreticalCapacity(active.getMaterial(), active)
                .ifPresent(q -> endOf(active, ACTIVE_COMPONENT__SPECIFIC_CAPACITY).ifPresent(at -> values.add(theoretical(at, q))));
    }

    private static void theoreticalAfterStated(Material material, List<InlayValue> values) {
        if (material.getSpecificCapacity() == null) {
            return;
        }
        MaterialFigures.theoreticalCapacity(material, null)
                .ifPresent(q -> endOf(material, MATERIAL__SPECIFIC_CAPACITY).ifPresent(at -> values.add(theoretical(at, q))));
    }

    private static InlayValue theoretical(int offset, Figure capacity) {
        return new InlayValue(offset, "theoretical " + capacity.display(), capacity.derivation());
    }

    private static void entropyClass(Material material, List<InlayValue> values) {
        MaterialFigures.entropy(material).ifPresent(entropy -> endOf(material, MATERIAL__FORMULA)
                .ifPresent(at -> values.add(new InlayValue(at,
                        "S = " + Figure.format(entropy.report().inUnitsOfR()) + "R, " + entropy.className(),
                        entropy.figure().derivation() + entropy.classRemark()))));
    }

    /** The end offset of where {@code feature} is written (the last time if twice). */
    private static Optional<Integer> endOf(EObject element, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(nodes.size() - 1).getEndOffset());
    }
}
