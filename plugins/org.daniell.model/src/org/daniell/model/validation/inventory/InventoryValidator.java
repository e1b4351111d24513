package org.daniell.model.validation.inventory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.ion.Ion;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.CompartmentAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.InventoryAnalyzer;
import org.daniell.model.analysis.IonSource;
import org.daniell.model.analysis.SaltUse;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.DeviceClass;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.analysis.Resolved;
import org.daniell.chem.ion.IonTable;
import org.daniell.model.issues.InventoryIssues;
import org.daniell.model.validation.Findings;
import org.daniell.model.validation.TopicValidator;

/** What the electrodes take from the electrolyte: carriers, salt, first-cycle ions (seed-000 §3.2–§3.4, R-E2..R-E6). */
public final class InventoryValidator extends TopicValidator {

    /** Device classes defined by two or more ionic species (seed-000 §4.1 R-E2). */
    static final Set<DeviceClass> MULTI_ION_CLASSES = EnumSet.of(DeviceClass.HYBRID_BATTERY, DeviceClass.DUAL_ION,
            DeviceClass.REVERSE_DUAL_ION, DeviceClass.MULTI_ION, DeviceClass.HYBRID_CAPACITOR);

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        checkMultiIon(cell, analysis, findings);
        checkStoredIons(analysis, findings);
        analysis.inventory().salts().forEach(salt -> checkSalt(analysis, salt, findings));
        analysis.inventory().ionSource().ifPresent(source -> checkIonSource(analysis, source, findings));
    }

    private static void checkMultiIon(Cell cell, CellAnalysis analysis, Findings findings) {
        if (!cell.isSetDeviceClass() || !MULTI_ION_CLASSES.contains(cell.getDeviceClass())) {
            return;
        }
        List<ElectrodeAnalysis> sides = new ArrayList<>();
        analysis.negative().ifPresent(sides::add);
        analysis.positive().ifPresent(sides::add);
        Set<Ion> stored = new LinkedHashSet<>();
        for (ElectrodeAnalysis side : sides) {
            List<Ion> ions = allCarriers(side);
            if (ions.isEmpty()) {
                return; // an electrode without declared carriers: not enough to judge
            }
            stored.addAll(ions);
        }
        if (sides.size() == 2 && stored.size() < 2) {
            findings.report(InventoryIssues.SINGLE_ION, cell, DesignPackage.Literals.CELL__DEVICE_CLASS,
                    cell.getDeviceClass().getLiteral(), names(stored));
        }
    }

    /** The carriers of every active component of an electrode (a blend stores the ions of all its materials). */
    private static List<Ion> allCarriers(ElectrodeAnalysis side) {
        Set<Ion> ions = new LinkedHashSet<>();
        for (ActiveComponent active : Resolved.activeComponents(side.electrode())) {
            List<String> written = !active.getCarriers().isEmpty() ? active.getCarriers()
                    : Resolved.resolved(active.getMaterial()) ? active.getMaterial().getCarriers() : List.of();
            written.forEach(text -> IonTable.find(text).ifPresent(ions::add));
        }
        ions.addAll(InventoryAnalyzer.carriersOf(side));
        return new ArrayList<>(ions);
    }

    private static void checkStoredIons(CellAnalysis analysis, Findings findings) {
        for (Optional<ElectrodeAnalysis> side : List.of(analysis.negative(), analysis.positive())) {
            if (side.isEmpty() || side.get().active().isEmpty()) {
                continue;
            }
            ElectrodeAnalysis electrode = side.get();
            Optional<CompartmentAnalysis> electrolyte = analysis.inventory().compartments().stream()
                    .filter(c -> c.electrodes().contains(electrode.electrode())).findFirst();
            if (electrolyte.isEmpty() || !electrolyte.get().complete() || electrolyte.get().ions().isEmpty()) {
                continue;
            }
            Optional<ChemicalFormula> host = electrode.material().flatMap(Chemistry::formula);
            for (Ion ion : InventoryAnalyzer.carriersOf(electrode)) {
                if (!electrolyte.get().contains(ion) && !(aqueous(electrolyte.get()) && WATER_IONS.contains(ion.id()))
                        && !host.map(h -> contains(h, ion)).orElse(true)) {
                    findings.report(InventoryIssues.STORED_ION_ABSENT, electrode.active().get(),
                            DesignPackage.Literals.ACTIVE_COMPONENT__CARRIERS, electrode.name(), ion.symbol(),
                            electrode.material().get().getName());
                }
            }
        }
    }

    /** H⁺ and OH⁻ are in every aqueous electrolyte (water autoionisation; seed-000 §3.7 H⁺ co-insertion). */
    private static final Set<String> WATER_IONS = Set.of("h", "h3o", "oh");

    private static boolean aqueous(CompartmentAnalysis compartment) {
        Electrolyte electrolyte = compartment.electrolyte();
        ElectrolyteKind kind = Resolved.nearest(Resolved.lineage(electrolyte),
                e -> e.isSetKind() ? e.getKind() : null);
        if (kind == ElectrolyteKind.AQUEOUS || kind == ElectrolyteKind.WATER_IN_SALT || kind == ElectrolyteKind.HYDROGEL) {
            return true;
        }
        return Resolved.constituents(electrolyte).stream().map(c -> Chemistry.formula(c.getMaterial()))
                .flatMap(Optional::stream).anyMatch(f -> f.elementAmounts().size() == 2 && f.amountOf("H") == 2
                        && f.amountOf("O") == 1);
    }

    private static boolean contains(ChemicalFormula host, Ion ion) {
        return Chemistry.formula(ion.formula()).map(f -> f.elementAmounts().keySet().stream()
                .allMatch(e -> host.amountOf(e) > 0)).orElse(true);
    }

    private static void checkSalt(CellAnalysis analysis, SaltUse salt, Findings findings) {
        String name = salt.constituent().getMaterial().getName();
        Electrolyte electrolyte = analysis.electrolyte().orElse(null);
        if (electrolyte == null) {
            return;
        }
        if (salt.concentrationAtFullCharge().isEmpty()) {
            if (analysis.electrolyteVolumeRatio().isEmpty() && analysis.electrolyteMassRatio().isEmpty()) {
                String clause = salt.direction() < 0 && salt.volumeToMinimumPerAh().isPresent()
                        ? "; at " + Figure.format(salt.concentration().get().value()) + " M it needs at least "
                                + Figure.format(salt.volumeToMinimumPerAh().get().value()) + " µL/mAh to stay above "
                                + Figure.format(InventoryAnalyzer.MINIMUM_SALT_CONCENTRATION) + " M"
                        : "";
                List<String> fix = salt.volumeToMinimumPerAh().filter(v -> salt.direction() < 0)
                        .map(v -> List.of(fixNumber(v.value()) + " uL/mAh")).orElse(List.of());
                findings.reportWithFix(InventoryIssues.SALT_AMOUNT_MISSING, electrolyte, null, fix,
                        analysis.inventory().compensation().kind(), salt.direction() < 0 ? "consumes" : "releases",
                        Figure.format(salt.gramsPerAh().value()), name, clause);
            }
            return;
        }
        double end = salt.concentrationAtFullCharge().get().value();
        double start = salt.concentration().get().value();
        String ratio = Figure.format(analysis.electrolyteVolumeRatio().get().value());
        if (salt.direction() > 0) {
            findings.report(InventoryIssues.SALT_ACCUMULATES, electrolyte, DesignPackage.Literals.ELECTROLYTE__AMOUNT,
                    name, Figure.format(start), Figure.format(end));
        } else if (end < 0) {
            findings.report(InventoryIssues.SALT_DEPLETED, electrolyte, DesignPackage.Literals.ELECTROLYTE__AMOUNT,
                    name, Figure.format(end), Figure.format(start), ratio,
                    Figure.format(salt.volumePerAh().get().value()));
        } else if (end < InventoryAnalyzer.MINIMUM_SALT_CONCENTRATION) {
            findings.report(InventoryIssues.SALT_LOW, electrolyte, DesignPackage.Literals.ELECTROLYTE__AMOUNT, name,
                    Figure.format(end), Figure.format(start), ratio,
                    Figure.format(InventoryAnalyzer.MINIMUM_SALT_CONCENTRATION),
                    salt.volumeToMinimumPerAh().map(v -> Figure.format(v.value())).orElse("more"));
        }
    }

    private static void checkIonSource(CellAnalysis analysis, IonSource source, Findings findings) {
        ElectrodeAnalysis positive = analysis.positive().get();
        boolean loaded = source.firstStep().equals("first charge");
        if (source.available().isPresent() && source.requiredConcentration().isPresent()) {
            double available = source.available().get().value();
            double required = source.requiredConcentration().get().value();
            if (available < required) {
                double ratio = analysis.electrolyteVolumeRatio().get().value();
                findings.report(InventoryIssues.ION_SOURCE_SHORT, analysis.electrolyte().get(),
                        DesignPackage.Literals.ELECTROLYTE__AMOUNT, source.firstStep(),
                        Figure.format(source.molesPerAh().value() * 1000), source.ion().symbol(),
                        Figure.format(available), Figure.format(ratio), Figure.format(available * ratio),
                        Figure.format(required));
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        if (source.available().isEmpty()) {
            missing.add(source.ion().symbol() + " concentration");
        }
        if (source.requiredConcentration().isEmpty()) {
            missing.add("electrolyte amount");
        }
        String salt = source.saltGramsPerAh().map(g -> Figure.format(g.value()) + " g "
                + source.supplier().get().getMaterial().getName() + " per Ah")
                .orElse("no constituent of the electrolyte gives it");
        findings.report(InventoryIssues.ION_SOURCE_MISSING, positive.active().<org.eclipse.emf.ecore.EObject>map(a -> a)
                .orElse(positive.electrode()), null, positive.name(), loaded ? "ion-loaded" : "ion-free",
                source.firstStep(), Figure.format(source.molesPerAh().value() * 1000), source.ion().symbol(), salt,
                String.join(" and ", missing));
    }

    private static String names(Set<Ion> ions) {
        return ions.stream().map(Ion::symbol).collect(Collectors.joining(", "));
    }

    /** A number for a quick fix, rounded up to three significant digits so it covers the need. */
    static String fixNumber(double value) {
        double scale = Math.pow(10, Math.floor(Math.log10(value)) - 2);
        double rounded = Math.ceil(value / scale) * scale;
        return new java.math.BigDecimal(rounded).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
