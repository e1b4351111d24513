package org.daniell.ide.symbols;

import org.daniell.model.design.DesignPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Outline icons: a cell is a class of its own, electrodes and electrolytes its parts, materials constants. */
public class DaniellSymbolKinds extends DocumentSymbolKindProvider {

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        DesignPackage design = DesignPackage.eINSTANCE;
        if (type == design.getCell()) {
            return SymbolKind.Class;
        }
        if (type == design.getElectrode()) {
            return SymbolKind.Object;
        }
        if (type == design.getElectrolyte()) {
            return SymbolKind.Struct;
        }
        if (type == design.getMaterial()) {
            return SymbolKind.Constant;
        }
        if (type == design.getCompartment()) {
            return SymbolKind.Namespace;
        }
        if (type == design.getMembrane()) {
            return SymbolKind.Interface;
        }
        return super.getSymbolKind(type);
    }
}
