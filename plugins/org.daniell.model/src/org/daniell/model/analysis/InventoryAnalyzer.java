package org.daniell.model.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.PhysicalConstants;
import org.daniell.chem.capacity.SaltConsumption;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.ion.Ion;
import org.daniell.chem.ion.SaltDissociation;
import org.daniell.chem.reaction.Reaction;
import org.daniell.chem.reaction.ReactionSpecies;
import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.HalfReaction;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.MembraneKind;
import org.daniell.model.design.Mechanism;

/** Derives the {@link InventoryAnalysis} of a cell. */
public final class InventoryAnalyzer {

    /** Default lowest salt concentration an electrode reaction still runs in: seed-000 §4.1 R-E4 (inferred). */
    public static final double MINIMUM_SALT_CONCENTRATION = 0.5;

    private static final double F_AH = PhysicalConstants.AMPERE_HOURS_PER_MOLE;
    private static final String F32 = "seed-000 §3.2";
    private static final String F33 = "seed-000 §3.3";
    private static final String F34 = "seed-000 §3.4";
    private static final String F38 = "seed-000 §3.8";

    private InventoryAnalyzer() {
    }

    static InventoryAnalysis analyze(Cell cell, Optional<ElectrodeAnalysis> negative,
            Optional<ElectrodeAnalysis> positive, Optional<Figure> volumeRatio) {
        List<CompartmentAnalysis> compartments = CompartmentAnalyzer.analyze(cell);
        ChargeCompensation compensation = compensation(negative, positive);
        List<SaltUse> salts = new ArrayList<>();
        Optional<IonSource> source = Optional.empty();
        boolean single = compartments.size() == 1 && compartments.get(0).compartment().isEmpty();
        if (single) {
            CompartmentAnalysis electrolyte = compartments.get(0);
            if (compensation.saltDirection() != 0) {
                saltUse(electrolyte, compensation, negative, positive, volumeRatio).ifPresent(salts::add);
            }
            if ("Daniell-type dual cation".equals(compensation.kind())) {
                source = ionSource(electrolyte, negative.get(), positive.get(), volumeRatio);
            }
        }
        List<AcidBaseUse> acidBase = new ArrayList<>();
        for (CompartmentAnalysis compartment : compartments) {
            if (compartment.compartment().isPresent()) {
                acidBase.addAll(acidBase(compartment));
            }
        }
        return new InventoryAnalysis(compartments, compensation, salts, source, acidBase, fluxes(cell, compartments));
    }

    // ---- α and β (seed-000 §3.2) -----------------------------------------------------------------------------

    static ChargeCompensation compensation(Optional<ElectrodeAnalysis> negative, Optional<ElectrodeAnalysis> positive) {
        Optional<Double> alpha = positive.flatMap(InventoryAnalyzer::alpha);
        Optional<Double> beta = negative.flatMap(InventoryAnalyzer::beta);
        Optional<Figure> a = alpha.map(v -> Figure.derived("alpha", "α, share of anion uptake at " + positive.get().name()
                + " on charge", v, Kind.RATIO, v == 1 ? "stores anions" : "stores cations (releases them on charge)", F32));
        Optional<Figure> b = beta.map(v -> Figure.derived("beta", "β, share of cation uptake at " + negative.get().name()
                + " on charge", v, Kind.RATIO, v == 1 ? "stores or plates cations" : "stores anions (releases them on charge)",
                F32));
        if (a.isEmpty() || b.isEmpty()) {
            return new ChargeCompensation(a, b, "", Optional.empty());
        }
        double av = alpha.get();
        double bv = beta.get();
        String kind;
        if (av == 1 && bv == 1) {
            kind = "dual-ion";
        } else if (av == 0 && bv == 0) {
            kind = "reverse dual-ion";
        } else if (av == 1) {
            kind = "anion rocking chair";
        } else {
            Set<Ion> stored = cations(positive.get());
            Set<Ion> plated = cations(negative.get());
            kind = stored.isEmpty() || plated.isEmpty() || stored.equals(plated) || !java.util.Collections.disjoint(stored, plated)
                    ? "rocking chair" : "Daniell-type dual cation";
        }
        Figure salt = Figure.derived("saltPerElectron", "Δ salt per electron of charge (eq)", 1 - av - bv, Kind.RATIO,
                "1 − α − β", F32, a.get(), b.get());
        return new ChargeCompensation(a, b, kind, Optional.of(salt));
    }

    private static Optional<Double> alpha(ElectrodeAnalysis positive) {
        List<Ion> ions = ions(positive);
        if (!ions.isEmpty()) {
            if (ions.stream().allMatch(Ion::isAnion)) {
                return Optional.of(1.0);
            }
            return ions.stream().allMatch(Ion::isCation) ? Optional.of(0.0) : Optional.empty();
        }
        Optional<Mechanism> m = positive.mechanism();
        // metal-halide conversion at the cathode counts as anion uptake (seed-000 §3.2)
        return m.filter(x -> x == Mechanism.ANION_INTERCALATION || x == Mechanism.HALOGEN_REDOX).map(x -> 1.0);
    }

    private static Optional<Double> beta(ElectrodeAnalysis negative) {
        List<Ion> ions = ions(negative);
        if (!ions.isEmpty()) {
            if (ions.stream().allMatch(Ion::isCation)) {
                return Optional.of(1.0);
            }
            return ions.stream().allMatch(Ion::isAnion) ? Optional.of(0.0) : Optional.empty();
        }
        // metal plating/stripping at the anode counts as cation uptake/release (seed-000 §3.2)
        return negative.plating() || negative.mechanism().filter(m -> m == Mechanism.PLATING || m == Mechanism.ALLOYING)
                .isPresent() ? Optional.of(1.0) : Optional.empty();
    }

    /** The ions an electrode stores: its declared carriers, or the ion of its plating metal. */
    public static List<Ion> carriersOf(ElectrodeAnalysis electrode) {
        List<Ion> ions = ions(electrode);
        return ions.isEmpty() ? List.copyOf(cations(electrode)) : ions;
    }

    /** The carriers of an electrode that the ion table knows. */
    static List<Ion> ions(ElectrodeAnalysis electrode) {
        List<Ion> ions = new ArrayList<>();
        for (String carrier : electrode.carriers()) {
            org.daniell.chem.ion.IonTable.find(carrier).filter(i -> !ions.contains(i)).ifPresent(ions::add);
        }
        return ions;
    }

    /** The cations an electrode stores, or the ion of its plating metal. */
    static Set<Ion> cations(ElectrodeAnalysis electrode) {
        Set<Ion> result = new LinkedHashSet<>();
        ions(electrode).stream().filter(Ion::isCation).forEach(result::add);
        if (result.isEmpty() && electrode.plating()) {
            electrode.material().flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal)
                    .flatMap(e -> Chemistry.defaultCationCharge(e).isPresent()
                            ? org.daniell.chem.ion.IonTable.byFormula(e.symbol(), Chemistry.defaultCationCharge(e).getAsInt())
                            : Optional.empty())
                    .ifPresent(result::add);
        }
        return result;
    }

    // ---- salt consumed or released (seed-000 §3.3) ------------------------------------------------------------

    private static Optional<SaltUse> saltUse(CompartmentAnalysis electrolyte, ChargeCompensation compensation,
            Optional<ElectrodeAnalysis> negative, Optional<ElectrodeAnalysis> positive, Optional<Figure> volumeRatio) {
        int direction = compensation.saltDirection();
        Set<Ion> wanted = new LinkedHashSet<>();
        wanted.addAll(negative.map(InventoryAnalyzer::ions).orElse(List.of()));
        wanted.addAll(positive.map(InventoryAnalyzer::ions).orElse(List.of()));
        Constituent best = null;
        int bestScore = -1;
        for (Constituent constituent : Resolved.constituents(electrolyte.electrolyte())) {
            List<IonConcentration> ions = electrolyte.ions().stream().filter(i -> i.constituent() == constituent).toList();
            if (ions.isEmpty()) {
                continue;
            }
            int score = (int) ions.stream().filter(i -> wanted.contains(i.ion())).count();
            if (score > bestScore) {
                best = constituent;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Constituent salt = best;
        ChemicalFormula formula = Chemistry.formula(salt.getMaterial()).orElseThrow();
        List<SaltDissociation.Share> shares = SaltDissociation.ions(formula).orElseThrow();
        double ne = SaltDissociation.electronsPerFormulaUnit(shares);
        String name = salt.getMaterial().getName();
        Figure delta = compensation.saltPerElectron().get();
        Figure moles = Figure.derived("saltMolesPerAh", name + (direction < 0 ? " consumed" : " released")
                + " per Ah (mol for 1 Ah)", SaltConsumption.molesPerAmpereHour(ne), Kind.AMOUNT,
                "1 Ah / (26.80 Ah/mol · n_e), n_e = " + Figure.format(ne), F33, delta);
        Figure grams = Figure.derived("saltGramsPerAh", name + (direction < 0 ? " consumed" : " released") + " per Ah",
                SaltConsumption.gramsPerAmpereHour(formula, ne), Kind.ELECTROLYTE_MASS_RATIO,
                "M / (26.80 · n_e), M = " + Figure.format(formula.molarMass()) + " g/mol", F33, moles);
        Optional<Figure> c0 = CompartmentAnalyzer.concentration(salt).filter(f -> f.kind() == Kind.CONCENTRATION);
        Optional<Figure> volume = Optional.empty();
        Optional<Figure> volumeToMinimum = Optional.empty();
        Optional<Figure> atFullCharge = Optional.empty();
        Optional<Figure> capacity = Optional.empty();
        if (c0.isPresent() && c0.get().value() > 0) {
            double c = c0.get().value();
            volume = Optional.of(Figure.derived("saltVolumePerAh", "electrolyte holding the " + name + " of 1 Ah",
                    SaltConsumption.millilitresPerAmpereHour(ne, c), Kind.ELECTROLYTE_RATIO,
                    "1 / (26.80 · n_e · c₀) (full depletion)", F33, moles, c0.get()));
            Figure cMin = Figure.stated("minimumSaltConcentration", "c_min", MINIMUM_SALT_CONCENTRATION,
                    Kind.CONCENTRATION, "seed-000 §4.1 R-E4 default (inferred)");
            if (direction < 0 && c > MINIMUM_SALT_CONCENTRATION) {
                volumeToMinimum = Optional.of(Figure.derived("saltVolumeToMinimumPerAh",
                        "electrolyte that keeps " + name + " above c_min for 1 Ah",
                        SaltConsumption.millilitresPerAmpereHour(ne, c - MINIMUM_SALT_CONCENTRATION),
                        Kind.ELECTROLYTE_RATIO, "1 / (26.80 · n_e · (c₀ − c_min))", F33, moles, c0.get(), cMin));
            }
            if (volumeRatio.isPresent() && volumeRatio.get().value() > 0) {
                double litresPerAh = volumeRatio.get().value() / 1000;
                atFullCharge = Optional.of(Figure.derived("saltAtFullCharge", "c(" + name + ") at full charge",
                        c + direction * moles.value() / litresPerAh, Kind.CONCENTRATION,
                        "c₀ " + (direction < 0 ? "−" : "+") + " n_salt / (E/C volume)", F32, c0.get(), moles,
                        volumeRatio.get()));
            }
            Optional<Figure> litres = electrolyte.volume();
            if (direction < 0 && litres.isPresent() && c > MINIMUM_SALT_CONCENTRATION) {
                double volumeLitres = litres.get().value() / 1e6;
                capacity = Optional.of(Figure.derived("saltInventoryCapacity", "capacity the " + name + " supports",
                        (c - MINIMUM_SALT_CONCENTRATION) * volumeLitres / moles.value() * 1000, Kind.CAPACITY,
                        "(c₀ − c_min) · V / n_salt per Ah", F32, c0.get(), cMin, litres.get(), moles));
            }
        }
        return Optional.of(new SaltUse(salt, direction, ne, moles, grams, c0, volume, volumeToMinimum, atFullCharge,
                capacity));
    }

    // ---- first-cycle ion source (seed-000 §3.4) ---------------------------------------------------------------

    private static Optional<IonSource> ionSource(CompartmentAnalysis electrolyte, ElectrodeAnalysis negative,
            ElectrodeAnalysis positive, Optional<Figure> volumeRatio) {
        Set<Ion> stored = cations(positive);
        Set<Ion> plated = cations(negative);
        Optional<ChemicalFormula> host = positive.material().flatMap(Chemistry::formula);
        if (stored.size() != 1 || plated.size() != 1 || host.isEmpty()) {
            return Optional.empty();
        }
        Ion m1 = stored.iterator().next();
        boolean loaded = contains(host.get(), m1);
        Ion ion = loaded ? plated.iterator().next() : m1;
        String step = loaded ? "first charge" : "first discharge";
        Figure moles = Figure.derived("ionSourcePerAh", ion.symbol() + " the electrolyte gives on the " + step
                + " per Ah (mol for 1 Ah)", 1 / (Math.abs(ion.charge()) * F_AH), Kind.AMOUNT,
                "1 Ah / (|z| · 26.80 Ah/mol); " + positive.name() + " is assembled "
                        + (loaded ? "ion-loaded" : "ion-free"), F34);
        Optional<IonConcentration> supplier = electrolyte.ions().stream().filter(i -> i.ion().equals(ion)).findFirst();
        Optional<Figure> grams = supplier.flatMap(s -> Chemistry.formula(s.constituent().getMaterial()).map(f -> Figure
                .derived("ionSourceSaltPerAh", s.constituent().getMaterial().getName() + " needed per Ah",
                        moles.value() / s.perFormulaUnit() * f.molarMass(), Kind.ELECTROLYTE_MASS_RATIO,
                        "n(ion) / ν · M, M = " + Figure.format(f.molarMass()) + " g/mol", F34, moles)));
        Optional<Figure> required = volumeRatio.filter(v -> v.value() > 0).map(v -> Figure.derived(
                "ionSourceConcentration", "c(" + ion.symbol() + ") that holds the " + step + " at the stated E/C",
                moles.value() * 1000 / v.value(), Kind.CONCENTRATION, "need (µmol/mAh) ÷ E/C (µL/mAh)",
                "seed-001-002 §3 E7 (F15b)", moles, v));
        return Optional.of(new IonSource(ion, step, moles, supplier.map(IonConcentration::constituent), grams,
                electrolyte.concentrationOf(ion).filter(f -> f.kind() == Kind.CONCENTRATION), required));
    }

    /** Whether a host formula contains the elements of a (monatomic or polyatomic) cation. */
    private static boolean contains(ChemicalFormula host, Ion ion) {
        Map<org.daniell.chem.element.Element, Double> hostAmounts = host.elementAmounts();
        return Chemistry.formula(ion.formula()).map(f -> f.elementAmounts().keySet().stream()
                .allMatch(e -> hostAmounts.getOrDefault(e, 0.0) > 0)).orElse(false);
    }

    // ---- acid and base in pH-decoupled compartments (seed-000 §3.8) -------------------------------------------

    private static List<AcidBaseUse> acidBase(CompartmentAnalysis compartment) {
        List<AcidBaseUse> uses = new ArrayList<>();
        for (Electrode electrode : compartment.electrodes()) {
            for (HalfReaction written : reactions(electrode)) {
                Optional<Reaction> parsed = Reaction.parse(written.getText()).optionalValue();
                if (parsed.isEmpty() || parsed.get().electronsTransferred() <= 0) {
                    continue;
                }
                Reaction reaction = parsed.get();
                Map<Ion, Double> consumed = new HashMap<>();
                count(reaction.reactants(), 1, consumed);
                count(reaction.products(), -1, consumed);
                for (Map.Entry<Ion, Double> entry : consumed.entrySet()) {
                    double nu = entry.getValue() / reaction.electronsTransferred();
                    if (nu <= 0) {
                        continue;
                    }
                    uses.add(acidBaseUse(compartment, electrode, entry.getKey(), nu, written.getText()));
                }
            }
        }
        return uses;
    }

    private static AcidBaseUse acidBaseUse(CompartmentAnalysis compartment, Electrode electrode, Ion ion, double nu,
            String reaction) {
        Figure moles = Figure.derived("acidBasePerAh", ion.symbol() + " consumed in " + compartment.name()
                + " per Ah (mol for 1 Ah)", nu / F_AH, Kind.AMOUNT,
                "ν / 26.80 Ah/mol, ν = " + Figure.format(nu) + " per e⁻ from " + reaction, F38);
        Optional<IonConcentration> supplier = compartment.ions().stream().filter(i -> i.ion().equals(ion)).findFirst();
        Optional<Figure> grams = supplier.flatMap(s -> Chemistry.formula(s.constituent().getMaterial()).map(f -> Figure
                .derived("acidBaseGramsPerAh", s.constituent().getMaterial().getName() + " consumed per Ah",
                        moles.value() / s.perFormulaUnit() * f.molarMass(), Kind.ELECTROLYTE_MASS_RATIO,
                        "n(ion) / ν · M, M = " + Figure.format(f.molarMass()) + " g/mol", F38, moles)));
        Optional<Figure> capacity = Optional.empty();
        Optional<Figure> c = compartment.concentrationOf(ion).filter(f -> f.kind() == Kind.CONCENTRATION);
        if (c.isPresent() && compartment.volume().isPresent()) {
            double mol = c.get().value() * compartment.volume().get().value() / 1e6;
            capacity = Optional.of(Figure.derived("acidBaseCapacity", "capacity the " + ion.symbol() + " of "
                    + compartment.name() + " supports", F_AH * mol / nu * 1000, Kind.CAPACITY,
                    "26.80 · n(ion) / ν", F38, c.get(), compartment.volume().get(), moles));
        }
        return new AcidBaseUse(compartment, electrode, ion, nu, moles, supplier.map(IonConcentration::constituent),
                grams, capacity);
    }

    private static void count(List<ReactionSpecies> species, int sign, Map<Ion, Double> consumed) {
        for (ReactionSpecies s : species) {
            if (s.formula().charge() == 0 || s.formula().isElectron()) {
                continue;
            }
            SaltDissociation.ions(s.formula()).filter(l -> l.size() == 1).map(l -> l.get(0).ion())
                    .filter(i -> i.id().equals("h") || i.id().equals("oh"))
                    .ifPresent(i -> consumed.merge(i, sign * s.coefficient(), Double::sum));
        }
    }

    static List<HalfReaction> reactions(Electrode electrode) {
        List<HalfReaction> result = new ArrayList<>();
        Resolved.lineage(electrode).forEach(e -> result.addAll(e.getReactions()));
        return result;
    }

    /** Ions a compartment's half-reactions produce on discharge (Mg²⁺ from a Mg anode). */
    static Set<Ion> producedIons(Compartment compartment) {
        Set<Ion> result = new LinkedHashSet<>();
        for (Electrode electrode : compartment.getElectrodes()) {
            for (HalfReaction written : reactions(electrode)) {
                Reaction.parse(written.getText()).optionalValue().ifPresent(r -> r.products().stream()
                        .filter(s -> s.formula().charge() != 0 && !s.formula().isElectron())
                        .forEach(s -> SaltDissociation.ions(s.formula()).filter(l -> l.size() == 1)
                                .ifPresent(l -> result.add(l.get(0).ion()))));
            }
        }
        return result;
    }

    // ---- membranes (seed-000 §3.8, R-E8) ----------------------------------------------------------------------

    private static List<MembraneFlux> fluxes(Cell cell, List<CompartmentAnalysis> analysed) {
        List<Compartment> compartments = CompartmentAnalyzer.compartments(cell);
        Optional<Compartment> negative = holding(compartments, Polarity.NEGATIVE);
        Optional<Compartment> positive = holding(compartments, Polarity.POSITIVE);
        List<Membrane> membranes = membranes(cell);
        if (negative.isEmpty() || positive.isEmpty() || negative.get() == positive.get()) {
            return List.of();
        }
        List<Membrane> path = path(negative.get(), positive.get(), membranes);
        List<MembraneFlux> fluxes = new ArrayList<>();
        Compartment upstream = negative.get();
        for (Membrane membrane : path) {
            Compartment downstream = membrane.getBetween().get(0) == upstream ? membrane.getBetween().get(1)
                    : membrane.getBetween().get(0);
            String carrier = carrier(membrane);
            Compartment from = carrier.equals("anion") ? downstream : upstream;
            List<Ion> candidates = new ArrayList<>();
            if (!carrier.equals("water dissociation") && !carrier.isEmpty()) {
                Set<Ion> present = new LinkedHashSet<>();
                analysed.stream().filter(a -> a.compartment().filter(c -> c == from).isPresent())
                        .forEach(a -> present.addAll(a.species()));
                present.addAll(producedIons(from));
                present.stream().filter(i -> carrier.equals("cation") ? i.isCation() : i.isAnion())
                        .forEach(candidates::add);
            }
            fluxes.add(new MembraneFlux(membrane, upstream, downstream, carrier, candidates));
            upstream = downstream;
        }
        return fluxes;
    }

    /** Whether a path of membranes joins the negative and the positive compartment. */
    public static boolean connected(Cell cell) {
        List<Compartment> compartments = CompartmentAnalyzer.compartments(cell);
        Optional<Compartment> negative = holding(compartments, Polarity.NEGATIVE);
        Optional<Compartment> positive = holding(compartments, Polarity.POSITIVE);
        return negative.isEmpty() || positive.isEmpty() || negative.get() == positive.get()
                || !path(negative.get(), positive.get(), membranes(cell)).isEmpty();
    }

    static String carrier(Membrane membrane) {
        MembraneKind kind = membrane.isSetKind() ? membrane.getKind() : null;
        if (kind == MembraneKind.CATION_EXCHANGE) {
            return "cation";
        }
        if (kind == MembraneKind.ANION_EXCHANGE) {
            return "anion";
        }
        if (kind == MembraneKind.BIPOLAR) {
            return "water dissociation";
        }
        if (kind == MembraneKind.CERAMIC || kind == MembraneKind.SOLID_ELECTROLYTE) {
            List<Integer> signs = membrane.getPasses().stream().map(Chemistry::charge)
                    .filter(java.util.OptionalInt::isPresent).map(z -> Integer.signum(z.getAsInt())).distinct().toList();
            if (signs.size() == 1) {
                return signs.get(0) > 0 ? "cation" : "anion";
            }
        }
        return "";
    }

    /** The compartments holding the negative and the positive electrode, in that order, when both exist. */
    public static List<Compartment> electrodeCompartments(Cell cell) {
        List<Compartment> compartments = CompartmentAnalyzer.compartments(cell);
        Optional<Compartment> negative = holding(compartments, Polarity.NEGATIVE);
        Optional<Compartment> positive = holding(compartments, Polarity.POSITIVE);
        return negative.isPresent() && positive.isPresent() ? List.of(negative.get(), positive.get()) : List.of();
    }

    /** The membranes of a cell (a variant inherits its base's). */
    public static List<Membrane> membranesOf(Cell cell) {
        return membranes(cell);
    }

    static List<Membrane> membranes(Cell cell) {
        for (Cell c : Resolved.lineage(cell)) {
            if (!c.getMembranes().isEmpty()) {
                return c.getMembranes();
            }
        }
        return List.of();
    }

    private static Optional<Compartment> holding(List<Compartment> compartments, Polarity side) {
        return compartments.stream().filter(c -> c.getElectrodes().stream()
                .anyMatch(e -> !e.eIsProxy() && Polarity.of(e) == side)).findFirst();
    }

    /** The membranes crossed on the shortest way from one compartment to another (breadth first). */
    private static List<Membrane> path(Compartment from, Compartment to, List<Membrane> membranes) {
        Map<Compartment, Membrane> via = new HashMap<>();
        Map<Compartment, Compartment> previous = new HashMap<>();
        Deque<Compartment> queue = new ArrayDeque<>(List.of(from));
        Set<Compartment> seen = new LinkedHashSet<>(List.of(from));
        while (!queue.isEmpty()) {
            Compartment current = queue.poll();
            if (current == to) {
                break;
            }
            for (Membrane membrane : membranes) {
                if (membrane.getBetween().size() != 2 || !membrane.getBetween().contains(current)) {
                    continue;
                }
                Compartment next = membrane.getBetween().get(0) == current ? membrane.getBetween().get(1)
                        : membrane.getBetween().get(0);
                if (next != null && !next.eIsProxy() && seen.add(next)) {
                    via.put(next, membrane);
                    previous.put(next, current);
                    queue.add(next);
                }
            }
        }
        List<Membrane> path = new ArrayList<>();
        for (Compartment c = to; via.containsKey(c); c = previous.get(c)) {
            path.add(0, via.get(c));
        }
        return path;
    }
}
