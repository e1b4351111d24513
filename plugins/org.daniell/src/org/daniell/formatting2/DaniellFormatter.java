package org.daniell.formatting2;

import org.daniell.model.design.ActiveMaterial;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Element;
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
            doc.append(regionFor(specification).feature(org.daniell.model.design.DesignPackage.Literals.SPECIFICATION__NAME),
                    it -> it.setNewLines(2));
        }
        for (Import anImport : specification.getImports()) {
            doc.append(doc.format(anImport), it -> it.newLine());
        }
        for (Element element : specification.getElements()) {
            doc.prepend(element, it -> it.setNewLines(1, 2, 2));
            doc.format(element);
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
            doc.format(electrode);
        }
    }

    protected void format(Electrode electrode, IFormattableDocument doc) {
        formatBlock(electrode, doc);
        for (ActiveMaterial active : electrode.getActiveMaterials()) {
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
