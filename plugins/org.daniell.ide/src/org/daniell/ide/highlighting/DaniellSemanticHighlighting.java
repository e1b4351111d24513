package org.daniell.ide.highlighting;

import static org.daniell.model.design.DesignPackage.Literals.*;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Collector;
import org.daniell.model.design.Component;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Feed;
import org.daniell.model.design.HalfReaction;
import org.daniell.model.design.Material;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.Potential;
import org.daniell.model.design.Quantity;
import org.daniell.model.design.Separator;
import org.daniell.model.design.Window;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Marks what a chemist reads in a spec beyond keywords: numbers and their units, formulas, ions,
 * half-reactions, reference electrodes and references to materials.
 */
public class DaniellSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        if (object instanceof Quantity) {
            highlightWhole(acceptor, object, QUANTITY__VALUE, HighlightingStyles.NUMBER);
            highlightWhole(acceptor, object, QUANTITY__UNIT, HighlightingStyles.UNIT);
        } else if (object instanceof Material) {
            highlightWhole(acceptor, object, MATERIAL__FORMULA, HighlightingStyles.FORMULA);
            highlightWhole(acceptor, object, MATERIAL__CARRIERS, HighlightingStyles.ION);
        } else if (object instanceof HalfReaction) {
            highlightWhole(acceptor, object, HALF_REACTION__TEXT, HighlightingStyles.REACTION);
        } else if (object instanceof Potential) {
            highlightWhole(acceptor, object, POTENTIAL__REFERENCE, HighlightingStyles.REFERENCE_ELECTRODE);
        } else if (object instanceof Window) {
            highlightWhole(acceptor, object, WINDOW__REFERENCE, HighlightingStyles.REFERENCE_ELECTRODE);
        } else if (object instanceof Membrane) {
            highlightWhole(acceptor, object, MEMBRANE__PASSES, HighlightingStyles.ION);
            highlightWhole(acceptor, object, MEMBRANE__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
        } else if (object instanceof Component) {
            highlightWhole(acceptor, object, COMPONENT__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
            if (object instanceof ActiveComponent) {
                highlightWhole(acceptor, object, ACTIVE_COMPONENT__CARRIERS, HighlightingStyles.ION);
            }
        } else if (object instanceof Collector) {
            highlightWhole(acceptor, object, COLLECTOR__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
        } else if (object instanceof Constituent) {
            highlightWhole(acceptor, object, CONSTITUENT__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
        } else if (object instanceof Separator) {
            highlightWhole(acceptor, object, SEPARATOR__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
        } else if (object instanceof Feed) {
            highlightWhole(acceptor, object, FEED__MATERIAL, HighlightingStyles.MATERIAL_REFERENCE);
        }
        return false;
    }

    /** Marks each value of the feature as one span, even when it is written as several tokens (mg/cm2, Zn[2+]). */
    private static void highlightWhole(IHighlightedPositionAcceptor acceptor, EObject object, EStructuralFeature feature,
            String style) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            String text = node.getText();
            int leading = text.length() - text.stripLeading().length();
            acceptor.addPosition(node.getTotalOffset() + leading, text.strip().length(), style);
        }
    }
}
