package org.daniell.ide.hover;

import org.daniell.ide.values.ElementValues;
import org.daniell.ide.values.MarkdownValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Xtext's hover (the documentation comment of the element) with the values Daniell computes for it below:
 * a cell's N/P, capacity, voltage, E/C and energies, an electrode's capacities and loadings, a material's
 * theoretical capacity, molar mass and configurational entropy — each with its derivation.
 */
public class DaniellHoverService extends HoverService {

    @Override
    public String getContents(EObject element) {
        String documentation = super.getContents(element);
        String values = ElementValues.of(element).map(MarkdownValues::render).orElse(null);
        if (values == null) {
            return documentation;
        }
        if (documentation == null || documentation.isBlank()) {
            return values;
        }
        return documentation.strip() + "\n\n---\n\n" + values;
    }
}
