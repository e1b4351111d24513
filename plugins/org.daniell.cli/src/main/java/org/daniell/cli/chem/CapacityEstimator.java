package org.daniell.cli.chem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.daniell.chem.capacity.AlloyEndPhase;
import org.daniell.chem.capacity.AlloyEndPhases;
import org.daniell.chem.capacity.CapacitiveCapacity;
import org.daniell.chem.capacity.CapacityBudget;
import org.daniell.chem.capacity.CapacityContribution;
import org.daniell.chem.capacity.MetalAnodeCapacity;
import org.daniell.chem.capacity.TheoreticalCapacity;
import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.ion.Ion;
import org.daniell.chem.neutrality.ChargeRole;
import org.daniell.chem.neutrality.ChargeTerm;
import org.daniell.chem.neutrality.NeutralityReport;

/**
 * Works out the theoretical capacity of a formula from a {@link CapacityRequest} with the kernel's capacity
 * package: Q = nF/(3.6 M) for given electrons, the carrier count for intercalation, {@code ConversionElectrons},
 * {@code AlloyEndPhases}, {@code MetalAnodeCapacity} and {@code CapacitiveCapacity}. When the formula and options
 * do not determine a capacity, the estimate says why instead of guessing.
 */
final class CapacityEstimator {

    private final ChemicalFormula formula;
    private final String name;
    private final NeutralityReport neutrality;
    private final CapacityRequest request;

    private CapacityEstimator(ChemicalFormula formula, NeutralityReport neutrality, CapacityRequest request) {
        this.formula = formula;
        this.name = formula.toString();
        this.neutrality = neutrality;
        this.request = request;
    }

    /** @return the estimate, or empty if no capacity option was given */
    static Optional<CapacityEstimate> estimate(ChemicalFormula formula, NeutralityReport neutrality,
                                               CapacityRequest request) {
        if (!request.requested()) {
            return Optional.empty();
        }
        return Optional.of(new CapacityEstimator(formula, neutrality, request).estimate());
    }

    private CapacityEstimate estimate() {
        if (request.electrons().isPresent()) {
            double n = request.electrons().getAsDouble();
            return CapacityEstimate.of("given", carrier(), List.of(new CapacityContribution("given", n)),
                    TheoreticalCapacity.mAhPerGram(formula, n), OptionalDouble.empty(), List.of());
        }
        Mechanism mechanism = request.mechanism().orElse(Mechanism.INTERCALATION);
        return switch (mechanism) {
            case INTERCALATION -> intercalation(request.mechanism().isEmpty());
            case CONVERSION -> conversion();
            case ALLOYING -> alloying();
            case CONVERSION_ALLOYING -> conversionAlloying();
            case PLATING -> plating();
            case CAPACITIVE -> capacitive();
        };
    }

    private Optional<Ion> carrier() {
        return request.carrier();
    }

    private CapacityEstimate intercalation(boolean assumed) {
        String basis = Mechanism.INTERCALATION.word();
        if (carrier().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(),
                    "intercalation needs the carrier ion: give --carrier, e.g. --carrier Li+");
        }
        Ion ion = carrier().get();
        Optional<Element> element = CarrierIons.element(ion);
        if (element.isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), "only monatomic carriers can be counted in the "
                    + "formula; give --electrons N for the electrons per formula unit");
        }
        double amount = formula.amountOf(element.get());
        if (amount == 0) {
            return CapacityEstimate.notInferred(basis, carrier(), name + " holds no " + element.get().symbol()
                    + ", so the amount of " + CarrierIons.display(ion) + " taken up is unknown; give --electrons N "
                    + "(electrons per formula unit) instead");
        }
        double electrons = amount * Math.abs(ion.charge());
        List<String> notes = new ArrayList<>();
        notes.add("every " + element.get().symbol() + " of the formula is extracted and reinserted");
        if (assumed) {
            notes.add("intercalation, since no --mechanism was given");
        }
        return CapacityEstimate.of(basis, carrier(), List.of(new CapacityContribution("intercalation of "
                + Numbers.amount(amount) + " " + CarrierIons.display(ion), electrons)),
                TheoreticalCapacity.mAhPerGram(formula, electrons), OptionalDouble.empty(), notes);
    }

    private CapacityEstimate conversion() {
        String basis = Mechanism.CONVERSION.word();
        if (anions().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), name
                    + " has no anion to convert (it is a metal or alloy); try --mechanism alloying");
        }
        CapacityBudget budget = CapacityBudget.of(formula).conversion(request.inactive());
        if (budget.electrons() <= 0) {
            return CapacityEstimate.notInferred(basis, carrier(),
                    "nothing is left to convert once the inactive elements keep their charge");
        }
        return CapacityEstimate.of(basis, carrier(), budget.contributions(), budget.mAhPerGram(),
                OptionalDouble.empty(), conversionNotes());
    }

    private List<String> conversionNotes() {
        List<String> notes = new ArrayList<>();
        notes.add("every active cation is reduced to the metal");
        if (!request.inactive().isEmpty()) {
            notes.add(symbols(request.inactive()) + " inactive: keeps its default charge");
        }
        return notes;
    }

    private CapacityEstimate alloying() {
        String basis = Mechanism.ALLOYING.word();
        if (!anions().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), name + " is a compound with anions ("
                    + symbols(anions()) + "): use --mechanism conversion-alloying to count the conversion first");
        }
        Optional<String> missing = alloyingCarrierProblem();
        if (missing.isPresent()) {
            return CapacityEstimate.notInferred(basis, carrier(), missing.get());
        }
        Element carrierElement = CarrierIons.element(carrier().get()).orElseThrow();
        CapacityBudget budget = CapacityBudget.of(formula);
        List<String> notes = new ArrayList<>();
        for (Element host : formula.elementAmounts().keySet()) {
            Optional<AlloyEndPhase> phase = AlloyEndPhases.defaultFor(host, carrierElement);
            if (phase.isPresent()) {
                budget.alloying(host, phase.get());
            } else {
                notes.add(host.symbol() + " has no tabulated end phase with " + carrierElement.symbol()
                        + " and is counted as inactive");
            }
        }
        if (budget.contributions().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), "no end phase of " + carrierElement.symbol()
                    + " with " + symbols(formula.elementAmounts().keySet()) + " is tabulated (hosts with "
                    + carrierElement.symbol() + ": " + symbols(hostsFor(carrierElement)) + ")");
        }
        return CapacityEstimate.of(basis, carrier(), budget.contributions(), budget.mAhPerGram(),
                OptionalDouble.empty(), notes);
    }

    private CapacityEstimate conversionAlloying() {
        String basis = Mechanism.CONVERSION_ALLOYING.word();
        if (anions().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), name
                    + " has no anion to convert (it is a metal or alloy); use --mechanism alloying");
        }
        Optional<String> missing = alloyingCarrierProblem();
        if (missing.isPresent()) {
            return CapacityEstimate.notInferred(basis, carrier(), missing.get());
        }
        Element carrierElement = CarrierIons.element(carrier().get()).orElseThrow();
        CapacityBudget budget = CapacityBudget.of(formula).conversion(request.inactive());
        Set<Element> anions = anions();
        for (Element host : formula.elementAmounts().keySet()) {
            if (!anions.contains(host) && !request.inactive().contains(host)) {
                AlloyEndPhases.defaultFor(host, carrierElement).ifPresent(phase -> budget.alloying(host, phase));
            }
        }
        List<String> notes = conversionNotes();
        if (budget.contributions().size() == 1) {
            notes.add("no reduced metal alloys with " + carrierElement.symbol() + " (hosts: "
                    + symbols(hostsFor(carrierElement)) + "), so only the conversion is counted");
        } else {
            notes.add("the reduced metals then alloy into their first tabulated end phase");
        }
        return CapacityEstimate.of(basis, carrier(), budget.contributions(), budget.mAhPerGram(),
                OptionalDouble.empty(), notes);
    }

    /** @return why the carrier cannot alloy, if it cannot */
    private Optional<String> alloyingCarrierProblem() {
        if (carrier().isEmpty()) {
            return Optional.of("alloying needs the carrier ion: give --carrier Li+, Na+ or K+");
        }
        Optional<Element> element = CarrierIons.element(carrier().get());
        if (element.isEmpty() || hostsFor(element.get()).isEmpty()) {
            return Optional.of("no alloy end phases are tabulated for " + CarrierIons.display(carrier().get())
                    + " (only for Li+, Na+ and K+); give --electrons N instead");
        }
        return Optional.empty();
    }

    private CapacityEstimate plating() {
        String basis = Mechanism.PLATING.word();
        Map<Element, Double> amounts = formula.elementAmounts();
        if (amounts.size() != 1 || !neutrality.metallic()) {
            return CapacityEstimate.notInferred(basis, carrier(),
                    "plating needs a metal, e.g. Zn with --carrier Zn2+; " + name + " is not one");
        }
        Element metal = amounts.keySet().iterator().next();
        if (carrier().isEmpty() || CarrierIons.element(carrier().get()).filter(metal::equals).isEmpty()
                || !carrier().get().isCation()) {
            return CapacityEstimate.notInferred(basis, carrier(), "plating needs the metal's own ion: give --carrier "
                    + metal.symbol() + "+ (or its charge, e.g. " + metal.symbol() + "2+)");
        }
        int charge = carrier().get().charge();
        return CapacityEstimate.of(basis, carrier(), List.of(new CapacityContribution("stripping " + metal.symbol()
                + " to " + CarrierIons.display(carrier().get()), charge * amounts.get(metal))),
                MetalAnodeCapacity.mAhPerGram(metal, charge), MetalAnodeCapacity.mAhPerCubicCentimetre(metal, charge),
                List.of("per gram of metal; the volumetric value uses the metal's bulk density"));
    }

    private CapacityEstimate capacitive() {
        String basis = Mechanism.CAPACITIVE.word();
        if (request.faradsPerGram().isEmpty() || request.voltageWindow().isEmpty()) {
            return CapacityEstimate.notInferred(basis, carrier(), "a capacitive electrode stores C·ΔV/3.6 mAh/g, "
                    + "which the formula does not determine: give --capacitance F_PER_G and --window V");
        }
        double farads = request.faradsPerGram().getAsDouble();
        double volts = request.voltageWindow().getAsDouble();
        return CapacityEstimate.of(basis, carrier(), List.of(),
                CapacitiveCapacity.mAhPerGram(farads, volts), OptionalDouble.empty(),
                List.of("Q = C·ΔV/3.6 with C = " + Numbers.amount(farads) + " F/g over ΔV = " + Numbers.amount(volts)
                        + " V"));
    }

    /** @return the elements the neutrality check treats as anions */
    private Set<Element> anions() {
        Set<Element> anions = new LinkedHashSet<>();
        for (ChargeTerm term : neutrality.terms()) {
            if (term.role() == ChargeRole.ANION && term.element() != null) {
                anions.add(term.element());
            }
        }
        boolean polyatomicAnion = neutrality.terms().stream()
                .anyMatch(t -> t.role() == ChargeRole.ANION && t.element() == null);
        if (polyatomicAnion && anions.isEmpty()) {
            formula.elementAmounts().keySet().stream().filter(e -> !e.category().isMetalLike()).forEach(anions::add);
        }
        return anions;
    }

    private static Set<Element> hostsFor(Element carrier) {
        return AlloyEndPhases.all().stream().filter(p -> p.carrier() == carrier).map(AlloyEndPhase::host)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String symbols(Set<Element> elements) {
        return elements.stream().map(Element::symbol).collect(Collectors.joining(", "));
    }
}
