package org.daniell.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.design.Format;
import org.daniell.model.design.FormatKind;
import org.daniell.model.design.Material;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.MembraneKind;
import org.daniell.model.design.Separator;
import org.daniell.model.issues.SeparatorIssues;

/** Separators and membranes (seed-000 §4.7; seed-001-002 §3.4). */
final class SeparatorValidator extends TopicValidator {

    /** Stacked formats whose electrodes face each other and need a separator (seed-001-002 §1.4). */
    static final Set<FormatKind> STACKS = Set.of(FormatKind.COIN, FormatKind.POUCH, FormatKind.CYLINDRICAL,
            FormatKind.PRISMATIC, FormatKind.SWAGELOK);
    /** Electrolytes that make a separator-free stack possible (seed-001-002 §3.4 S1). */
    static final Set<ElectrolyteKind> SELF_SEPARATING = Set.of(ElectrolyteKind.SOLID, ElectrolyteKind.GEL_POLYMER,
            ElectrolyteKind.HYDROGEL);
    /** A glass-fibre separator needs more electrolyte than this E/C supplies (seed-001-002 §3.4 S4). */
    static final double GLASS_FIBRE_MIN_EC = 5.0;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        missing(cell, findings);
        List<Separator> separators = Resolved.separators(cell);
        if (analysis.electrolyteMassRatio().isPresent()
                && analysis.electrolyteMassRatio().get().value() < GLASS_FIBRE_MIN_EC) {
            for (Separator separator : separators) {
                if (describes(separator.getMaterial(), "glass")) {
                    findings.report(SeparatorIssues.GLASS_FIBRE_LEAN, separator,
                            DesignPackage.Literals.SEPARATOR__MATERIAL,
                            Figure.format(analysis.electrolyteMassRatio().get().value()),
                            Figure.format(GLASS_FIBRE_MIN_EC));
                }
            }
        }
        for (Cell c : Resolved.lineage(cell)) {
            for (Membrane membrane : c.getMembranes()) {
                nafion(membrane, findings);
                singleIon(membrane, findings);
            }
        }
    }

    private static void missing(Cell cell, Findings findings) {
        Format format = Resolved.format(cell);
        Electrolyte electrolyte = Resolved.electrolyte(cell);
        boolean separated = Resolved.lineage(cell).stream()
                .anyMatch(c -> !c.getSeparators().isEmpty() || !c.getMembranes().isEmpty());
        // a variant that inherits its base's format is reported once, on the base
        if (format == null || format.eContainer() != cell || !format.isSetKind() || !STACKS.contains(format.getKind()) || electrolyte == null
                || separated || ElectrolyteFacts.kind(electrolyte).map(SELF_SEPARATING::contains).orElse(false)) {
            return;
        }
        String material = ElectrolyteFacts.waterBased(electrolyte) ? "GlassFiber" : "Polypropylene";
        findings.reportWithFix(SeparatorIssues.MISSING, format, DesignPackage.Literals.FORMAT__KIND,
                List.of(material), format.getKind().getLiteral());
    }

    static boolean describes(Material material, String word) {
        if (!Resolved.resolved(material)) {
            return false;
        }
        String text = (material.getName() + " " + (material.getStructure() == null ? "" : material.getStructure()))
                .toLowerCase(Locale.ROOT);
        return text.contains(word);
    }

    private static void nafion(Membrane membrane, Findings findings) {
        if (!(describes(membrane.getMaterial(), "nafion") || describes(membrane.getMaterial(), "perfluorosulfonic"))
                || membrane.getBetween().size() != 2) {
            return;
        }
        List<ElectrolyteFacts.Cation> left = cations(membrane.getBetween().get(0));
        List<ElectrolyteFacts.Cation> right = cations(membrane.getBetween().get(1));
        Optional<ElectrolyteFacts.Cation> multivalent = onlyOn(left, right, true).or(() -> onlyOn(right, left, true));
        Optional<ElectrolyteFacts.Cation> monovalent = onlyOn(left, right, false).or(() -> onlyOn(right, left, false));
        boolean opposite = multivalent.isPresent() && monovalent.isPresent()
                && (left.contains(multivalent.get()) != left.contains(monovalent.get()));
        if (opposite) {
            findings.report(SeparatorIssues.NAFION_MULTIVALENT, membrane, DesignPackage.Literals.MEMBRANE__MATERIAL,
                    membrane.getName(), multivalent.get().written(), monovalent.get().written());
        }
    }

    private static List<ElectrolyteFacts.Cation> cations(Compartment compartment) {
        return compartment == null || compartment.getElectrolyte() == null ? new ArrayList<>()
                : ElectrolyteFacts.metalCations(compartment.getElectrolyte());
    }

    private static Optional<ElectrolyteFacts.Cation> onlyOn(List<ElectrolyteFacts.Cation> side,
            List<ElectrolyteFacts.Cation> other, boolean multivalent) {
        return side.stream().filter(c -> (c.charge() > 1) == multivalent && !other.contains(c)).findFirst();
    }

    private static void singleIon(Membrane membrane, Findings findings) {
        Material material = membrane.getMaterial();
        boolean ceramic = membrane.getKind() == MembraneKind.CERAMIC || membrane.getKind() == MembraneKind.SOLID_ELECTROLYTE;
        if (!ceramic || !Resolved.resolved(material) || material.getCarriers().isEmpty()) {
            return;
        }
        for (String ion : membrane.getPasses()) {
            if (!material.getCarriers().contains(ion)) {
                findings.report(SeparatorIssues.SINGLE_ION_CERAMIC, membrane, DesignPackage.Literals.MEMBRANE__PASSES,
                        membrane.getName(), material.getName(), String.join(", ", material.getCarriers()), ion);
            }
        }
    }
}
