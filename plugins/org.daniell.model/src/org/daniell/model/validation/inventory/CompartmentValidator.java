package org.daniell.model.validation.inventory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.daniell.chem.ion.Ion;
import org.daniell.chem.ion.IonTable;
import org.daniell.model.analysis.AcidBaseUse;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.CompartmentAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.InventoryAnalyzer;
import org.daniell.model.analysis.MembraneFlux;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.ConstituentRole;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.MembraneKind;
import org.daniell.model.design.MaterialCategory;
import org.daniell.model.issues.CompartmentIssues;
import org.daniell.model.validation.Findings;
import org.daniell.model.validation.TopicValidator;

/** Acid/base inventory and membrane fluxes of compartmented cells (seed-000 §3.8, R-E7, R-E8). */
public final class CompartmentValidator extends TopicValidator {

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        for (CompartmentAnalysis compartment : analysis.inventory().compartments()) {
            Optional<Constituent> acid = first(compartment, ConstituentRole.ACID, MaterialCategory.ACID);
            Optional<Constituent> base = first(compartment, ConstituentRole.BASE, MaterialCategory.BASE);
            if (acid.isPresent() && base.isPresent()) {
                findings.report(CompartmentIssues.ACID_AND_BASE, compartment.compartment()
                        .<org.eclipse.emf.ecore.EObject>map(c -> c).orElse(compartment.electrolyte()), null,
                        compartment.name(), acid.get().getMaterial().getName(), base.get().getMaterial().getName());
            }
        }
        checkPorousMembranes(analysis, findings);
        if (!InventoryAnalyzer.connected(cell)) {
            List<Compartment> ends = ends(cell);
            findings.report(CompartmentIssues.NOT_CONNECTED, cell, DesignPackage.Literals.CELL__COMPARTMENTS,
                    ends.get(0).getName(), ends.get(1).getName());
        }
        for (AcidBaseUse use : analysis.inventory().acidBase()) {
            checkAcidBase(analysis, use, findings);
        }
        for (MembraneFlux flux : analysis.inventory().fluxes()) {
            checkFlux(flux, findings);
        }
        for (Membrane membrane : InventoryAnalyzer.membranesOf(cell)) {
            checkPassesSign(membrane, findings);
        }
    }

    private static void checkPorousMembranes(CellAnalysis analysis, Findings findings) {
        for (Membrane membrane : InventoryAnalyzer.membranesOf(analysis.cell())) {
            if (!membrane.isSetKind() || membrane.getBetween().size() != 2
                    || membrane.getKind() != MembraneKind.POROUS && membrane.getKind() != MembraneKind.SIZE_EXCLUSION) {
                continue;
            }
            Optional<CompartmentAnalysis> a = of(analysis, membrane.getBetween().get(0));
            Optional<CompartmentAnalysis> b = of(analysis, membrane.getBetween().get(1));
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            for (CompartmentAnalysis[] pair : new CompartmentAnalysis[][] { { a.get(), b.get() }, { b.get(), a.get() } }) {
                if (first(pair[0], ConstituentRole.ACID, MaterialCategory.ACID).isPresent()
                        && first(pair[1], ConstituentRole.BASE, MaterialCategory.BASE).isPresent()) {
                    findings.report(CompartmentIssues.POROUS_ACID_BASE, membrane, DesignPackage.Literals.MEMBRANE__KIND,
                            pair[0].name(), pair[1].name(), membrane.getKind().getLiteral(), membrane.getName());
                }
            }
        }
    }

    private static void checkAcidBase(CellAnalysis analysis, AcidBaseUse use, Findings findings) {
        if (use.inventoryCapacity().isPresent()) {
            if (analysis.capacity().isPresent() && use.inventoryCapacity().get().value() < analysis.capacity().get().value()) {
                findings.report(CompartmentIssues.ACID_BASE_SHORT, use.compartment().compartment().get(),
                        DesignPackage.Literals.COMPARTMENT__TANK, use.ion().symbol(), use.compartment().name(),
                        Figure.format(use.inventoryCapacity().get().value()),
                        Figure.format(analysis.capacity().get().value()));
            }
            return;
        }
        String grams = use.gramsPerAh().map(g -> ", " + Figure.format(g.value()) + " g "
                + use.supplier().get().getMaterial().getName()).orElse("");
        findings.report(CompartmentIssues.ACID_BASE_AMOUNT_MISSING, use.compartment().compartment().get(), null,
                use.electrode().getName(), Figure.format(use.perElectron()), use.ion().symbol(),
                use.compartment().name(), Figure.format(use.molesPerAh().value() * 1000), grams);
    }

    private static void checkFlux(MembraneFlux flux, Findings findings) {
        Membrane membrane = flux.membrane();
        if (flux.carrier().equals("water dissociation")) {
            findings.report(CompartmentIssues.BIPOLAR_JUNCTION, membrane, DesignPackage.Literals.MEMBRANE__KIND,
                    membrane.getName(), flux.discharge());
            return;
        }
        if (flux.carrier().isEmpty()) {
            return;
        }
        findings.report(CompartmentIssues.FLUX, membrane, null, flux.discharge(), membrane.getName(), flux.charge());
        List<Ion> passes = passes(membrane);
        if (!passes.isEmpty() && !flux.candidates().isEmpty()
                && flux.candidates().stream().noneMatch(passes::contains)) {
            Compartment from = flux.carrier().equals("anion") ? flux.positiveSide() : flux.negativeSide();
            findings.report(CompartmentIssues.FLUX_BLOCKED, membrane, DesignPackage.Literals.MEMBRANE__PASSES,
                    membrane.getName(), symbols(flux.candidates()), from.getName(), symbols(passes));
        }
    }

    private static void checkPassesSign(Membrane membrane, Findings findings) {
        if (!membrane.isSetKind()
                || membrane.getKind() != MembraneKind.CATION_EXCHANGE && membrane.getKind() != MembraneKind.ANION_EXCHANGE) {
            return;
        }
        boolean cationic = membrane.getKind() == MembraneKind.CATION_EXCHANGE;
        List<Ion> wrong = passes(membrane).stream().filter(i -> cationic ? i.isAnion() : i.isCation()).toList();
        if (!wrong.isEmpty()) {
            findings.report(CompartmentIssues.PASSES_WRONG_SIGN, membrane, DesignPackage.Literals.MEMBRANE__PASSES,
                    membrane.getName(), membrane.getKind().getLiteral().replace('_', '-'), symbols(wrong));
        }
    }

    private static List<Ion> passes(Membrane membrane) {
        return membrane.getPasses().stream().map(IonTable::find).flatMap(Optional::stream).toList();
    }

    private static String symbols(List<Ion> ions) {
        return ions.stream().map(Ion::symbol).collect(Collectors.joining(", "));
    }

    private static Optional<CompartmentAnalysis> of(CellAnalysis analysis, Compartment compartment) {
        return analysis.inventory().compartments().stream()
                .filter(c -> c.compartment().filter(x -> x == compartment).isPresent()).findFirst();
    }

    private static Optional<Constituent> first(CompartmentAnalysis compartment, ConstituentRole role,
            MaterialCategory category) {
        return Resolved.constituents(compartment.electrolyte()).stream()
                .filter(c -> Resolved.resolved(c.getMaterial()))
                .filter(c -> c.isSetRole() ? c.getRole() == role : c.getMaterial().getCategory() == category)
                .findFirst();
    }

    /** The compartments of the negative and the positive electrode. */
    private static List<Compartment> ends(Cell cell) {
        return InventoryAnalyzer.electrodeCompartments(cell);
    }
}
