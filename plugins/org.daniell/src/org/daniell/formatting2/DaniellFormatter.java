package org.daniell.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.daniell.model.design.ActiveMaterial;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Import;
import org.daniell.model.design.Material;
import org.daniell.model.design.Property;
import org.daniell.model.design.Specification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/** Layout of {@code .echem} files: one statement per line, blocks indented by one level. */
public class DaniellFormatter extends AbstractJavaFormatter {

    protected void format(Specification specification, IFormattableDocument doc) {
        ISemanticRegion packageKeyword = regionFor(specification).keyword("package");
        if (packageKeyword != null) {
            doc.append(packageKeyword, it -> it.oneSpace());
        }
        // One rule per gap between top-level items: imports stay together, everything else is
        // separated by a blank line.
        List<EObject> items = new ArrayList<>(specification.getImports());
        items.addAll(specification.getElements());
        EObject previous = null;
        for (EObject item : items) {
            boolean first = previous == null;
            boolean importAfterImport = item instanceof Import && previous instanceof Import;
            if (!first || packageKeyword != null) {
                doc.prepend(item, it -> it.setNewLines(importAfterImport ? 1 : 2));
            }
            doc.format(item);
            previous = item;
        }
    }

    protected void format(Import anImport, IFormattableDocument doc) {
        doc.append(regionFor(anImport).keyword("import"), it -> it.oneSpace());
    }

    protected void format(Material material, IFormattableDocument doc) {
        formatBlock(material, doc);
        doc.append(regionFor(material).keyword("formula"), it -> it.oneSpace());
        for (Property property : material.getProperties()) {
            doc.format(property);
        }
    }

    protected void format(Cell cell, IFormattableDocument doc) {
        formatBlock(cell, doc);
        doc.surround(regionFor(cell).keyword(":"), it -> it.oneSpace());
        for (Electrode electrode : cell.getElectrodes()) {
            doc.prepend(electrode, it -> it.newLine());
            doc.format(electrode);
        }
    }

    protected void format(Electrode electrode, IFormattableDocument doc) {
        formatBlock(electrode, doc);
        for (ActiveMaterial active : electrode.getActiveMaterials()) {
            doc.prepend(active, it -> it.newLine());
            doc.format(active);
        }
    }

    protected void format(ActiveMaterial active, IFormattableDocument doc) {
        doc.append(regionFor(active).keyword("active"), it -> it.oneSpace());
        formatBlock(active, doc);
        for (Property property : active.getProperties()) {
            doc.format(property);
        }
    }

    protected void format(Property property, IFormattableDocument doc) {
        doc.prepend(property, it -> it.newLine());
        doc.prepend(property.getQuantity(), it -> it.oneSpace());
        doc.prepend(regionFor(property).keyword(";"), it -> it.noSpace());
    }

    /** Puts the opening brace on the header line, each member on its own line, indented. */
    private void formatBlock(EObject owner, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(owner).keyword("{");
        ISemanticRegion close = regionFor(owner).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, it -> it.oneSpace());
        doc.append(open, it -> it.newLine());
        doc.prepend(close, it -> it.newLine());
        doc.interior(open, close, it -> it.indent());
    }
}
