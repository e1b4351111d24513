package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.daniell.chem.electrochem.ElectrodePotential;
import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.electrochem.SolutionConditions;
import org.daniell.chem.electrochem.StandardPotential;
import org.daniell.chem.electrochem.StandardPotentials;
import org.daniell.chem.element.Element;
import org.daniell.chem.element.MetalDensities;
import org.daniell.chem.unit.Kind;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.ActiveForm;
import org.daniell.model.design.Collector;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Material;
import org.daniell.model.design.Mechanism;
import org.daniell.model.design.Potential;
import org.daniell.model.design.SocPoint;

/** Derives an electrode's capacities, masses and potential from what its spec states. */
final class ElectrodeAnalyzer {

    private static final String F9 = "seed-001-002 §2 F1, F2, F9";

    private final SolutionConditions conditions;

    ElectrodeAnalyzer(SolutionConditions conditions) {
        this.conditions = conditions;
    }

    ElectrodeAnalysis analyze(Electrode electrode) {
        Polarity side = Polarity.of(electrode);
        List<Electrode> lineage = Resolved.lineage(electrode);
        List<ActiveComponent> actives = Resolved.activeComponents(electrode);
        Optional<ActiveComponent> active = actives.stream().findFirst();
        Optional<Material> material = active.map(ActiveComponent::getMaterial).filter(Resolved::resolved);
        Optional<Mechanism> mechanism = active.filter(ActiveComponent::isSetMechanism).map(ActiveComponent::getMechanism)
                .or(() -> material.flatMap(m -> m.getMechanisms().stream().findFirst()));
        List<String> carriers = active.map(a -> List.copyOf(a.getCarriers())).filter(l -> !l.isEmpty())
                .or(() -> material.map(m -> List.copyOf(m.getCarriers()))).orElse(List.of());
        Optional<Element> metal = material.flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal);
        boolean plating = mechanism.map(m -> m == Mechanism.PLATING).orElse(false)
                || metal.isPresent() && mechanism.isEmpty() && side == Polarity.NEGATIVE;
        boolean foil = metal.isPresent() && (plating || active.map(a -> a.isSetForm() && a.getForm() == ActiveForm.FOIL)
                .orElse(false));

        Optional<Figure> theoretical = active.flatMap(a -> material.flatMap(m -> TheoreticalCapacities.of(m, a, plating)));
        Optional<Figure> specific = active.flatMap(a -> Stated.figure("specificCapacity", "specific capacity",
                a.getSpecificCapacity(), Kind.SPECIFIC_CAPACITY))
                .or(() -> material.filter(m -> Chemistry.usedAsCatalogued(a(active), m)).flatMap(m -> Stated.figure(
                        "specificCapacity", "specific capacity", m.getSpecificCapacity(), Kind.SPECIFIC_CAPACITY)))
                .or(() -> theoretical);

        Optional<Figure> coating = Stated.figure("coatingLoading", "electrode loading",
                Resolved.nearest(lineage, Electrode::getLoading), Kind.AREAL_LOADING);
        Optional<Figure> fraction = active.flatMap(a -> Stated.figure("activeFraction", "active mass fraction",
                a.getFraction(), Kind.MASS_FRACTION));
        Optional<Figure> thickness = active.flatMap(a -> Stated.figure("thickness", "thickness", a.getThickness(),
                Kind.LENGTH)).or(() -> Stated.figure("thickness", "thickness",
                        Resolved.nearest(lineage, Electrode::getThickness), Kind.LENGTH));
        Optional<Figure> activeLoading = active.flatMap(a -> Stated.figure("activeLoading", "active loading",
                a.getLoading(), Kind.AREAL_LOADING));
        if (activeLoading.isEmpty() && coating.isPresent() && fraction.isPresent()) {
            activeLoading = Optional.of(Figure.derived("activeLoading", "active loading",
                    coating.get().value() * fraction.get().value() / 100, Kind.AREAL_LOADING,
                    "electrode loading × active mass fraction", F9, coating.get(), fraction.get()));
        }
        if (activeLoading.isEmpty() && foil && thickness.isPresent()) {
            activeLoading = foilLoading(material.get(), metal.get(), thickness.get());
        }
        if (coating.isEmpty() && activeLoading.isPresent() && fraction.isPresent() && actives.size() == 1
                && fraction.get().value() > 0) {
            coating = Optional.of(Figure.derived("coatingLoading", "electrode loading",
                    activeLoading.get().value() / (fraction.get().value() / 100), Kind.AREAL_LOADING,
                    "active loading ÷ active mass fraction", F9, activeLoading.get(), fraction.get()));
        }

        Optional<Figure> areal = Stated.figure("arealCapacity", "areal capacity",
                Resolved.nearest(lineage, Electrode::getArealCapacity), Kind.AREAL_CAPACITY);
        if (areal.isEmpty()) {
            areal = arealCapacity(actives, activeLoading, specific, coating);
        }
        Optional<Figure> collector = collectorLoading(Resolved.nearest(lineage, Electrode::getCollector));
        // a material's own potential holds for the ions and mechanism it is catalogued with, not for another use
        Optional<Material> asCatalogued = material.filter(m -> Chemistry.usedAsCatalogued(active.get(), m));
        Optional<Figure> potential = potential(Resolved.nearest(lineage, Electrode::getPotential))
                .or(() -> asCatalogued.flatMap(m -> potential(m.getPotential())))
                .or(() -> plating && metal.isPresent() ? metalCouple(metal.get(), carriers) : Optional.empty());
        return new ElectrodeAnalysis(electrode, side, active, material, mechanism, carriers, plating, foil, theoretical,
                specific, activeLoading, fraction, coating, collector, areal, thickness, potential);
    }

    private static ActiveComponent a(Optional<ActiveComponent> active) {
        return active.orElseThrow();
    }

    private static Optional<Figure> foilLoading(Material material, Element metal, Figure thickness) {
        OptionalDouble density = Stated.value(material.getDensity(), Kind.MASS_DENSITY);
        String densitySource = "stated density of " + material.getName();
        if (density.isEmpty()) {
            density = MetalDensities.gramsPerCubicCentimetre(metal);
            densitySource = "CRC density of " + metal.symbol();
        }
        if (density.isEmpty()) {
            return Optional.empty();
        }
        Figure rho = Figure.derived("density", "density", density.getAsDouble(), Kind.MASS_DENSITY, "table",
                densitySource);
        // µm × g/cm³ = 1e-4 g/cm² = 0.1 mg/cm²
        return Optional.of(Figure.derived("activeLoading", "foil areal mass", thickness.value() * rho.value() * 0.1,
                Kind.AREAL_LOADING, "thickness × density", "seed-001-002 §1.2", thickness, rho));
    }

    private static Optional<Figure> arealCapacity(List<ActiveComponent> actives, Optional<Figure> activeLoading,
            Optional<Figure> specific, Optional<Figure> coating) {
        if (actives.size() > 1 && coating.isPresent()) {
            return blendCapacity(actives, coating.get());
        }
        if (activeLoading.isEmpty() || specific.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Figure.derived("arealCapacity", "areal capacity",
                activeLoading.get().value() * specific.get().value() / 1000, Kind.AREAL_CAPACITY,
                "active loading × specific capacity", "seed-001-002 §2 F2", activeLoading.get(), specific.get()));
    }

    /** A blend: Σ coating loading × mass fraction × specific capacity of each active component. */
    private static Optional<Figure> blendCapacity(List<ActiveComponent> actives, Figure coating) {
        double total = 0;
        List<Figure> inputs = new ArrayList<>(List.of(coating));
        for (ActiveComponent component : actives) {
            OptionalDouble fraction = Stated.value(component.getFraction(), Kind.MASS_FRACTION);
            Material material = component.getMaterial();
            Optional<Figure> q = Stated.figure("specificCapacity", "specific capacity", component.getSpecificCapacity(),
                    Kind.SPECIFIC_CAPACITY).or(() -> Resolved.resolved(material) ? Stated.figure("specificCapacity",
                            "specific capacity of " + material.getName(), material.getSpecificCapacity(),
                            Kind.SPECIFIC_CAPACITY) : Optional.empty());
            if (fraction.isEmpty() || q.isEmpty()) {
                return Optional.empty();
            }
            total += coating.value() * fraction.getAsDouble() / 100 * q.get().value() / 1000;
            inputs.add(q.get());
        }
        return Optional.of(new Figure("arealCapacity", "areal capacity", total, Kind.AREAL_CAPACITY,
                "Σ loading × mass fraction × specific capacity", inputs, "seed-001-002 §2 F2"));
    }

    private static Optional<Figure> collectorLoading(Collector collector) {
        if (collector == null || collector.isSelf() || collector.getThickness() == null) {
            return Optional.empty();
        }
        Optional<Figure> thickness = Stated.figure("collectorThickness", "collector thickness", collector.getThickness(),
                Kind.LENGTH);
        Material material = collector.getMaterial();
        if (thickness.isEmpty() || !Resolved.resolved(material)) {
            return Optional.empty();
        }
        OptionalDouble density = Stated.value(material.getDensity(), Kind.MASS_DENSITY);
        if (density.isEmpty()) {
            density = Chemistry.formula(material).flatMap(Chemistry::singleMetal)
                    .map(MetalDensities::gramsPerCubicCentimetre).orElse(OptionalDouble.empty());
        }
        if (density.isEmpty()) {
            return Optional.empty();
        }
        Figure rho = Figure.derived("density", "density of " + material.getName(), density.getAsDouble(),
                Kind.MASS_DENSITY, "table", "material density");
        return Optional.of(Figure.derived("collectorLoading", "collector areal mass",
                thickness.get().value() * rho.value() * 0.1, Kind.AREAL_LOADING, "thickness × density",
                "seed-001-002 §2 F9", thickness.get(), rho));
    }

    /** The average of a stated potential (single value, range midpoint or mean of SOC points), converted to SHE. */
    Optional<Figure> potential(Potential potential) {
        if (potential == null) {
            return Optional.empty();
        }
        Optional<ReferenceElectrode> reference = ReferenceElectrode.parse(potential.getReference());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble average;
        String how;
        if (!potential.getPoints().isEmpty()) {
            average = potential.getPoints().stream().map(SocPoint::getPotential)
                    .map(q -> Stated.value(q, Kind.POTENTIAL)).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            how = "mean of the open-circuit points";
        } else {
            OptionalDouble value = Stated.value(potential.getValue(), Kind.POTENTIAL);
            OptionalDouble upper = Stated.value(potential.getUpper(), Kind.POTENTIAL);
            average = value.isPresent() && upper.isPresent()
                    ? OptionalDouble.of((value.getAsDouble() + upper.getAsDouble()) / 2) : value;
            how = upper.isPresent() ? "midpoint of the stated range" : "stated potential";
        }
        if (average.isEmpty()) {
            return Optional.empty();
        }
        try {
            double vsShe = ElectrodePotential.of(average.getAsDouble(), reference.get())
                    .to(ReferenceElectrode.SHE, conditions).volts();
            Figure stated = Figure.stated("potentialStated", "potential vs " + reference.get().label(),
                    average.getAsDouble(), Kind.POTENTIAL, Where.of(potential));
            return Optional.of(Figure.derived("potential", "average potential vs SHE", vsShe, Kind.POTENTIAL,
                    how + ", converted to SHE", "IUPAC Green Book §2.13; seed-000 R-D2", stated));
        } catch (RuntimeException noPh) {
            // RHE without a pH: the conversion needs the electrolyte's pH, which the data-hygiene check asks for
            return Optional.empty();
        }
    }

    private static Optional<Figure> metalCouple(Element metal, List<String> carriers) {
        for (String carrier : carriers) {
            for (StandardPotential couple : StandardPotentials.forCouple(carrier, metal.symbol())) {
                return Optional.of(Figure.derived("potential", "standard potential of " + couple.halfReaction(),
                        couple.volts(), Kind.POTENTIAL, "E° of the plating couple", couple.source()));
            }
        }
        OptionalInt charge = Chemistry.defaultCationCharge(metal);
        if (charge.isPresent()) {
            String ion = metal.symbol() + "[" + (charge.getAsInt() == 1 ? "" : charge.getAsInt()) + "+]";
            for (StandardPotential couple : StandardPotentials.forCouple(ion, metal.symbol())) {
                return Optional.of(Figure.derived("potential", "standard potential of " + couple.halfReaction(),
                        couple.volts(), Kind.POTENTIAL, "E° of the plating couple", couple.source()));
            }
        }
        return Optional.empty();
    }
}
