package org.daniell.scoping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Local scoping of the Daniell language. A compartment holds electrodes of its own cell, and a membrane
 * separates compartments of its own cell; every other name resolves through the imports of a file and
 * the standard library.
 */
public class DaniellScopeProvider extends AbstractDaniellScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == DesignPackage.Literals.COMPARTMENT__ELECTRODES) {
            Cell cell = EcoreUtil2.getContainerOfType(context, Cell.class);
            return cell == null ? IScope.NULLSCOPE : Scopes.scopeFor(electrodesWithInheritance(cell));
        }
        if (reference == DesignPackage.Literals.MEMBRANE__BETWEEN) {
            Cell cell = EcoreUtil2.getContainerOfType(context, Cell.class);
            return cell == null ? IScope.NULLSCOPE : Scopes.scopeFor(cell.getCompartments());
        }
        return super.getScope(context, reference);
    }

    /** The electrodes a cell declares itself or inherits through {@code extends}, nearest first. */
    public static List<Electrode> electrodesWithInheritance(Cell cell) {
        List<Electrode> result = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        for (Cell current = cell; current != null && !current.eIsProxy() && seen.add(current); current = current.getBase()) {
            result.addAll(current.getElectrodes());
        }
        return result;
    }
}
