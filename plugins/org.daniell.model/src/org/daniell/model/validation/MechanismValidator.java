package org.daniell.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.daniell.chem.capacity.AlloyEndPhase;
import org.daniell.chem.capacity.AlloyEndPhases;
import org.daniell.chem.capacity.MetalAnodeCapacity;
import org.daniell.chem.capacity.TheoreticalCapacity;
import org.daniell.chem.composition.ConfigurationalEntropy;
import org.daniell.chem.composition.EntropyClass;
import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.neutrality.ChargeRole;
import org.daniell.chem.neutrality.ChargeTerm;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Material;
import org.daniell.model.design.Mechanism;
import org.daniell.model.design.Quantity;
import org.daniell.model.issues.MechanismIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Mechanisms against the elements that enable them, and stated capacities against theory (seed-003-004 §2.2, §2.4,
 * §2.6 M-01 to M-08; §5.7 Z-03, Z-06).
 */
public final class MechanismValidator extends TopicValidator {

    /** Anions whose metal compounds convert ([S3] §3.1 Table 1: P, S, O, Se, Te; F per [S4] §3.1). */
    private static final Set<String> CONVERSION_ANIONS = Set.of("O", "S", "Se", "Te", "P", "F");
    /**
     * Cations reduced to the metal in conversion: Plane A of [S3] Fig. 6a / Table 1, plus Mo, whose conversion to
     * Mo nanoparticles in MoS2 [S3] §2.3 (ref 92) describes.
     */
    private static final Set<String> PLANE_A = Set.of("Si", "Fe", "Co", "Ni", "Cu", "Zn", "In", "Sn", "Mn", "Ge",
            "Ru", "Bi", "Sb", "V", "Cr", "Mo");
    /** Alloying hosts: Plane B of [S3] Fig. 6a, plus P, Pb, Ga (M-02 user extension) and Al (seed-000 R-C4). */
    private static final Set<String> ALLOYING_HOSTS = Set.of("Sn", "Bi", "Sb", "Zn", "In", "Ge", "Si", "P", "Pb",
            "Ga", "Al");
    /** Plane C: space charge after conversion ([S3] §3.1). */
    private static final Set<String> SPACE_CHARGE_METALS = Set.of("Fe", "Co", "Ni");
    /** Inactive stabilisers by default ([S3] §3.1: "certain cation elements (e.g., Li, Mg)"). */
    private static final Set<String> INACTIVE_STABILISERS = Set.of("Li", "Mg");
    /** Relative margin for rounding in reported capacities before a claim counts as above theory (inferred). */
    private static final double CAPACITY_TOLERANCE = 0.02;
    /** Upper end of the capacity V-based aqueous Zn cathodes deliver, mAh/g ([S4] §3.4; Z-06). */
    private static final double VANADIUM_CAPACITY_LIMIT = 400;

    @Override
    public void checkMaterial(Material material, Findings findings) {
        Optional<ChemicalFormula> parsed = MaterialChemistry.formula(material);
        if (parsed.isEmpty()) {
            return;
        }
        ChemicalFormula formula = parsed.get();
        Set<Mechanism> mechanisms = Set.copyOf(material.getMechanisms());
        NeutralityReport roles = MaterialChemistry.neutrality(formula);
        String name = material.getName();
        Set<String> elements = formula.elementAmounts().keySet().stream().map(Element::symbol)
                .collect(Collectors.toSet());
        boolean compound = !roles.metallic() && formula.elementAmounts().size() > 1;
        if (mechanisms.contains(Mechanism.CONVERSION) && compound) {
            if (symbols(MaterialChemistry.anions(roles)).stream().noneMatch(CONVERSION_ANIONS::contains)) {
                findings.report(MechanismIssues.CONVERSION_NEEDS_ANION, material,
                        DesignPackage.Literals.MATERIAL__MECHANISMS, name);
            } else if (symbols(MaterialChemistry.cations(roles)).stream().noneMatch(PLANE_A::contains)) {
                findings.report(MechanismIssues.CONVERSION_NEEDS_CATION, material,
                        DesignPackage.Literals.MATERIAL__MECHANISMS, name, String.join(", ", sorted(PLANE_A)));
            }
        }
        if (mechanisms.contains(Mechanism.ALLOYING) && elements.stream().noneMatch(ALLOYING_HOSTS::contains)) {
            findings.report(MechanismIssues.ALLOYING_NEEDS_HOST, material, DesignPackage.Literals.MATERIAL__MECHANISMS,
                    name, String.join(", ", sorted(ALLOYING_HOSTS)));
        }
        if (mechanisms.contains(Mechanism.SPACE_CHARGE)) {
            if (elements.stream().noneMatch(SPACE_CHARGE_METALS::contains)) {
                findings.report(MechanismIssues.SPACE_CHARGE_NEEDS_METAL, material,
                        DesignPackage.Literals.MATERIAL__MECHANISMS, name);
            } else if (!mechanisms.contains(Mechanism.CONVERSION) || !compound) {
                findings.report(MechanismIssues.SPACE_CHARGE_NEEDS_CONVERSION, material,
                        DesignPackage.Literals.MATERIAL__MECHANISMS, name);
            }
            if (ConfigurationalEntropy.of(formula).entropyClass() == EntropyClass.HIGH) {
                findings.report(MechanismIssues.SPACE_CHARGE_IN_HEM, material,
                        DesignPackage.Literals.MATERIAL__MECHANISMS, name);
            }
        }
        checkStabilisers(material, formula, roles, mechanisms, findings);
        checkCapacity(material, material.getSpecificCapacity(), material, DesignPackage.Literals.MATERIAL__SPECIFIC_CAPACITY,
                findings);
    }

    @Override
    public void checkElectrode(Electrode electrode, Findings findings) {
        for (org.daniell.model.design.Component component : electrode.getComponents()) {
            if (component instanceof ActiveComponent active && Resolved.resolved(active.getMaterial())
                    && active.getSpecificCapacity() != null) {
                checkCapacity(active.getMaterial(), active.getSpecificCapacity(), active,
                        DesignPackage.Literals.ACTIVE_COMPONENT__SPECIFIC_CAPACITY, findings);
            }
        }
    }

    /** M-08: an electron count that only works if Li or Mg convert. */
    private static void checkStabilisers(Material material, ChemicalFormula formula, NeutralityReport roles,
            Set<Mechanism> mechanisms, Findings findings) {
        if (material.getElectrons() == null || !mechanisms.contains(Mechanism.CONVERSION) || roles.metallic()) {
            return;
        }
        Set<Element> inactive = new HashSet<>();
        for (Element cation : MaterialChemistry.cations(roles)) {
            if (INACTIVE_STABILISERS.contains(cation.symbol())) {
                inactive.add(cation);
            }
        }
        if (inactive.isEmpty()) {
            return;
        }
        double budget = conversionElectrons(roles, inactive)
                + (mechanisms.contains(Mechanism.ALLOYING) ? alloyingElectrons(formula, carrier(material), true) : 0);
        double stated = material.getElectrons().doubleValue();
        if (stated > budget + 1e-6) {
            findings.report(MechanismIssues.STABILISER_COUNTED, material, DesignPackage.Literals.MATERIAL__ELECTRONS,
                    material.getName(), MaterialChemistry.format(stated), MaterialChemistry.format(budget),
                    sorted(symbols(inactive)).stream().collect(Collectors.joining(" and ")));
        }
    }

    /** M-06 for compounds, Z-03 for metal anodes: a stated specific capacity against theory. */
    private static void checkCapacity(Material material, Quantity capacity, EObject target, EStructuralFeature feature,
            Findings findings) {
        OptionalDouble stated = Stated.value(capacity, Kind.SPECIFIC_CAPACITY);
        Optional<ChemicalFormula> parsed = MaterialChemistry.formula(material);
        if (stated.isEmpty() || parsed.isEmpty()) {
            return;
        }
        ChemicalFormula formula = parsed.get();
        Set<Mechanism> mechanisms = Set.copyOf(material.getMechanisms());
        Optional<Element> metal = Chemistry.singleMetal(formula);
        boolean storesAsCompound = mechanisms.contains(Mechanism.CONVERSION) || mechanisms.contains(Mechanism.ALLOYING);
        if (metal.isPresent() && !storesAsCompound) {
            OptionalInt z = material.getCarriers().stream().map(Chemistry::charge).filter(OptionalInt::isPresent)
                    .findFirst().orElseGet(() -> Chemistry.defaultCationCharge(metal.get()));
            if (z.isPresent() && z.getAsInt() > 0) {
                double theory = MetalAnodeCapacity.mAhPerGram(metal.get(), z.getAsInt());
                if (stated.getAsDouble() > theory * (1 + CAPACITY_TOLERANCE)) {
                    findings.report(MechanismIssues.METAL_CAPACITY_ABOVE_THEORETICAL, target, feature,
                            MaterialChemistry.format(stated.getAsDouble()), metal.get().symbol(),
                            MaterialChemistry.format(theory), z.getAsInt() == 1 ? "" : String.valueOf(z.getAsInt()));
                }
            }
            return;
        }
        if (!storesAsCompound) {
            return;
        }
        NeutralityReport roles = MaterialChemistry.neutrality(formula);
        Optional<Element> carrier = carrier(material);
        if (mechanisms.contains(Mechanism.ALLOYING) && carrier.isEmpty()) {
            return;
        }
        double conversion = mechanisms.contains(Mechanism.CONVERSION) && !roles.metallic()
                ? conversionElectrons(roles, stabilisers(roles)) : 0;
        double alloying = mechanisms.contains(Mechanism.ALLOYING)
                ? alloyingElectrons(formula, carrier, mechanisms.contains(Mechanism.CONVERSION)) : 0;
        double theory = TheoreticalCapacity.mAhPerGram(formula, conversion + alloying);
        if (theory <= 0 || stated.getAsDouble() <= theory * (1 + CAPACITY_TOLERANCE)) {
            return;
        }
        String budget = "conversion " + MaterialChemistry.format(conversion) + " e- + alloying "
                + MaterialChemistry.format(alloying) + " e- per formula unit";
        findings.report(mechanisms.contains(Mechanism.SPACE_CHARGE)
                ? MechanismIssues.CAPACITY_ABOVE_THEORETICAL_SPACE_CHARGE
                : MechanismIssues.CAPACITY_ABOVE_THEORETICAL, target, feature, material.getName(),
                MaterialChemistry.format(stated.getAsDouble()), MaterialChemistry.format(theory), budget);
    }

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        if (!CompositionValidator.aqueousZinc(cell, analysis) || analysis.positive().isEmpty()) {
            return;
        }
        ElectrodeAnalysis positive = analysis.positive().get();
        Optional<Figure> capacity = positive.specificCapacity().filter(Figure::isStated);
        boolean vanadium = positive.material().flatMap(MaterialChemistry::formula)
                .map(f -> f.elementAmounts().containsKey(PeriodicTable.element("V"))).orElse(false);
        if (vanadium && capacity.isPresent() && capacity.get().value() > VANADIUM_CAPACITY_LIMIT
                && positive.active().isPresent()) {
            ActiveComponent active = positive.active().get();
            findings.report(MechanismIssues.VANADIUM_CAPACITY, active, active.getSpecificCapacity() != null
                    ? DesignPackage.Literals.ACTIVE_COMPONENT__SPECIFIC_CAPACITY
                    : DesignPackage.Literals.COMPONENT__MATERIAL, positive.material().get().getName(),
                    MaterialChemistry.format(capacity.get().value()));
        }
    }

    /** Σ amount × the richest tabulated end phase's electrons per atom, for every alloying element (M-07). */
    private static double alloyingElectrons(ChemicalFormula formula, Optional<Element> carrier,
            boolean countedByConversion) {
        if (carrier.isEmpty()) {
            return 0;
        }
        double electrons = 0;
        for (var entry : formula.elementAmounts().entrySet()) {
            Element host = entry.getKey();
            double richest = AlloyEndPhases.all().stream().filter(p -> p.host() == host && p.carrier() == carrier.get())
                    .mapToDouble(AlloyEndPhase::electronsPerHost).max().orElse(0);
            if (!(countedByConversion && host.symbol().equals("P"))) { // conversion already makes X3P
                electrons += entry.getValue() * richest;
            }
        }
        return electrons;
    }

    /**
     * Electrons of full conversion (seed-003-004 §2.4): the charge of the converting anions (O, S, Se, Te, P, F at
     * their default states) less the charge the inactive stabilisers keep. Written like the kernel's
     * ConversionElectrons, but counting only converting anions, so that an element the role heuristic reads as an
     * anion inside a mixing group (Si in (InGeSi)3P3) is not counted as one.
     */
    private static double conversionElectrons(NeutralityReport roles, Set<Element> inactive) {
        double electrons = 0;
        for (ChargeTerm term : roles.terms()) {
            if (term.element() == null) {
                continue;
            }
            if (term.role() == ChargeRole.ANION && CONVERSION_ANIONS.contains(term.element().symbol())) {
                electrons -= term.amount() * term.defaultState();
            } else if (term.role() == ChargeRole.CATION && inactive.contains(term.element())) {
                electrons -= term.amount() * term.defaultState();
            }
        }
        return electrons;
    }

    private static Set<Element> stabilisers(NeutralityReport roles) {
        return MaterialChemistry.cations(roles).stream().filter(e -> INACTIVE_STABILISERS.contains(e.symbol()))
                .collect(Collectors.toSet());
    }

    /** The element of the material's first carrier ion (Li[+] → Li). */
    private static Optional<Element> carrier(Material material) {
        for (String ion : material.getCarriers()) {
            Optional<ChemicalFormula> formula = Chemistry.formula(ion);
            if (formula.isPresent() && formula.get().elementAmounts().size() == 1) {
                return Optional.of(formula.get().elementAmounts().keySet().iterator().next());
            }
        }
        return Optional.empty();
    }

    private static Set<String> symbols(Set<Element> elements) {
        return elements.stream().map(Element::symbol).collect(Collectors.toSet());
    }

    private static List<String> sorted(Set<String> symbols) {
        return symbols.stream().sorted().toList();
    }
}
