package org.daniell.ide.symbols;

import org.daniell.model.design.Compartment;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Element;
import org.daniell.model.design.Membrane;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * Outline names as the researcher wrote them ({@code Anode}, not {@code demo.Cell.Anode}); an
 * electrolyte without a name is shown by its kind.
 */
public class DaniellSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        if (object instanceof Electrolyte electrolyte && electrolyte.getName() == null) {
            return electrolyte.isSetKind() ? "electrolyte (" + electrolyte.getKind().getLiteral() + ")" : "electrolyte";
        }
        if (object instanceof Element element) {
            return element.getName();
        }
        if (object instanceof Compartment compartment) {
            return compartment.getName();
        }
        if (object instanceof Membrane membrane) {
            return membrane.getName();
        }
        return null;
    }
}
