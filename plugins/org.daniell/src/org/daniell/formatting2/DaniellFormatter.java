package org.daniell.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.AuxiliaryComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Claim;
import org.daniell.model.design.Collector;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Feed;
import org.daniell.model.design.Format;
import org.daniell.model.design.HalfReaction;
import org.daniell.model.design.Import;
import org.daniell.model.design.Material;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.Potential;
import org.daniell.model.design.Protocol;
import org.daniell.model.design.Quantity;
import org.daniell.model.design.Separator;
import org.daniell.model.design.SocPoint;
import org.daniell.model.design.Source;
import org.daniell.model.design.Specification;
import org.daniell.model.design.Step;
import org.daniell.model.design.Window;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Layout of {@code .echem} files: one statement per line, blocks opened on their header line and
 * indented one level, a blank line between top-level elements, one space between a number and its unit.
 */
public class DaniellFormatter extends AbstractJavaFormatter {

    /** Keywords that start a statement inside a block. */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "formula", "structure", "density", "capacity", "electrons", "mechanism", "carriers", "conductivity",
            "entropy", "loading", "thickness", "porosity", "area", "reaction", "form", "fraction", "stores", "pH",
            "amount", "window", "holds", "tank", "passes", "mass", "layers", "packaging", "cycles", "temperature",
            "claims", "bruggeman", "rate_constant", "radius", "diffusivity", "max_concentration", "stoichiometry",
            "transference");

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
        noSpaceBefore(anImport, doc, ";");
    }

    protected void format(Quantity quantity, IFormattableDocument doc) {
        ISemanticRegion unit = regionFor(quantity).feature(DesignPackage.Literals.QUANTITY__UNIT);
        if (unit != null) {
            doc.prepend(unit, it -> it.oneSpace());
        }
    }

    protected void format(SocPoint point, IFormattableDocument doc) {
        ISemanticRegion colon = regionFor(point).keyword(":");
        doc.prepend(colon, it -> it.noSpace());
        doc.append(colon, it -> it.oneSpace());
        formatChildren(point, doc);
    }

    protected void format(Material element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Potential element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Source element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Electrode element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(ActiveComponent element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(AuxiliaryComponent element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Collector element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Electrolyte element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Constituent element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Window element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Cell element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(org.daniell.model.design.Particle element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Format element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Compartment element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Feed element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Separator element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Membrane element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Protocol element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Step element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    protected void format(Claim element, IFormattableDocument doc) {
        formatStatementsAndBlocks(element, doc);
    }

    /** Every block-shaped element: braces on the header line, one statement per line, indented. */
    private void formatStatementsAndBlocks(EObject element, IFormattableDocument doc) {
        for (Pair<ISemanticRegion, ISemanticRegion> block : regionFor(element).keywordPairs("{", "}")) {
            doc.prepend(block.getKey(), it -> it.oneSpace());
            doc.append(block.getKey(), it -> it.newLine());
            doc.prepend(block.getValue(), it -> it.newLine());
            doc.interior(block.getKey(), block.getValue(), it -> it.indent());
        }
        for (ISemanticRegion keyword : regionFor(element).keywords(STATEMENT_KEYWORDS.toArray(String[]::new))) {
            if (isInsideABlock(element, keyword.getOffset())) {
                doc.prepend(keyword, it -> it.newLine());
            }
        }
        for (ISemanticRegion colon : regionFor(element).keywords(":")) {
            doc.surround(colon, it -> it.oneSpace());
        }
        noSpaceBefore(element, doc, ";", ",");
        for (ISemanticRegion comma : regionFor(element).keywords(",")) {
            doc.append(comma, it -> it.oneSpace());
        }
        for (EObject child : element.eContents()) {
            if (isStatement(child) && isInsideABlock(element, textRegionExtensions.regionForEObject(child).getOffset())) {
                doc.prepend(child, it -> it.newLine());
            }
        }
        formatChildren(element, doc);
    }

    private void formatChildren(EObject element, IFormattableDocument doc) {
        for (EObject child : element.eContents()) {
            doc.format(child);
        }
    }

    private void noSpaceBefore(EObject element, IFormattableDocument doc, String... keywords) {
        for (ISemanticRegion region : regionFor(element).keywords(keywords)) {
            doc.prepend(region, it -> it.noSpace());
        }
    }

    /** Quantities, windows and reaction texts continue the statement they belong to. */
    private static boolean isStatement(EObject child) {
        return !(child instanceof Quantity || child instanceof Window || child instanceof HalfReaction);
    }

    /** Whether {@code offset} lies after the element's first opening brace (inside its block). */
    private boolean isInsideABlock(EObject element, int offset) {
        ISemanticRegion open = regionFor(element).keyword("{");
        return open != null && offset > open.getOffset();
    }
}
