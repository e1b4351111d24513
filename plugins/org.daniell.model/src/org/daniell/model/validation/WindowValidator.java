package org.daniell.model.validation;

import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.electrochem.SolutionConditions;
import org.daniell.chem.electrochem.WaterWindow;
import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Cell;
import org.daniell.model.design.ConstituentRole;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.DeviceClass;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Mechanism;
import org.daniell.model.design.Window;
import org.daniell.model.issues.WindowIssues;

/** Stability windows: water splitting at both electrodes, the declared window and anion hosts (seed-000 §4.2). */
final class WindowValidator extends TopicValidator {

    /** Thermodynamic window of water, 25 °C (seed-000 §4.2 R-W1). */
    static final double WATER_WINDOW_V = 1.23;
    /** Plating couples below this potential cannot be recharged in water (seed-000 §4.2 R-W3, inferred cut). */
    static final double AQUEOUS_PLATING_LIMIT_V = -1.0;
    /** Tolerance on the declared window (seed-000 §4.2 R-W2 "tol"; 50 mV, inferred). */
    static final double WINDOW_TOLERANCE_V = 0.05;
    /** Anion intercalation into graphite needs the electrolyte stable to about 4.5 V vs Li+/Li (seed-000 §4.2 R-W5). */
    static final double ANION_HOST_CUTOFF_VS_LI = 4.5;
    /** Upper cut-off vs Zn2+/Zn for dilute aqueous electrolytes (seed-001-002 §3.3 E17). */
    static final double ZINC_DILUTE_CUTOFF = 1.8;
    /** Upper cut-off vs Zn2+/Zn for any aqueous electrolyte (seed-001-002 §3.3 E18). */
    static final double ZINC_AQUEOUS_CUTOFF = 2.1;
    /** Anions of this charge or below do not move in graphite (seed-000 §4.2 R-W7). */
    static final int MULTIVALENT_ANION_CHARGE = -3;
    private static final double EPSILON = 1e-9;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        Optional<Electrolyte> cellElectrolyte = Optional.ofNullable(Resolved.electrolyte(cell));
        aqueousVoltage(cell, analysis, findings);
        cellElectrolyte.ifPresent(e -> declaredWindow(cell, analysis, e, findings));
        analysis.negative().ifPresent(n -> negativeInWater(cell, n, findings));
        analysis.positive().ifPresent(p -> positiveInWater(cell, analysis, p, findings));
        analysis.positive().filter(p -> p.mechanism().orElse(null) == Mechanism.ANION_INTERCALATION)
                .ifPresent(p -> anionHost(cell, analysis, p, findings));
    }

    /** R-W1 on the cell's electrolyte or, in a compartmented cell, on the first plain aqueous compartment. */
    private static void aqueousVoltage(Cell cell, CellAnalysis analysis, Findings findings) {
        OptionalDouble voltage = CellPotentials.voltage(analysis);
        if (voltage.isEmpty() || voltage.getAsDouble() <= WATER_WINDOW_V + EPSILON || ElectrolyteFacts.phDecoupled(cell)) {
            return;
        }
        ElectrolyteFacts.all(cell).stream()
                .filter(e -> ElectrolyteFacts.plainAqueous(e) && !ElectrolyteFacts.declaresWindow(e)).findFirst()
                .ifPresent(e -> findings.report(WindowIssues.AQUEOUS_VOLTAGE, e, DesignPackage.Literals.ELECTROLYTE__KIND,
                        Figure.format(voltage.getAsDouble())));
    }

    private static void declaredWindow(Cell cell, CellAnalysis analysis, Electrolyte electrolyte, Findings findings) {
        Window window = Resolved.nearest(Resolved.lineage(electrolyte), Electrolyte::getWindow);
        Optional<double[]> she = windowVsShe(window, CellPotentials.conditions(analysis));
        if (she.isEmpty()) {
            return;
        }
        double lower = she.get()[0];
        double upper = she.get()[1];
        OptionalDouble negative = CellPotentials.average(analysis.negative());
        OptionalDouble positive = CellPotentials.positiveMaximum(cell, analysis);
        if (negative.isPresent() && negative.getAsDouble() < lower - WINDOW_TOLERANCE_V) {
            findings.report(WindowIssues.OUTSIDE_DECLARED, window, null, "negative",
                    Figure.format(negative.getAsDouble()), Figure.format(lower), Figure.format(upper));
        }
        if (positive.isPresent() && positive.getAsDouble() > upper + WINDOW_TOLERANCE_V) {
            findings.report(WindowIssues.OUTSIDE_DECLARED, window, null, "positive",
                    Figure.format(positive.getAsDouble()), Figure.format(lower), Figure.format(upper));
        }
    }

    /** The declared window's edges on the SHE scale; only a window with a reference electrode can be placed. */
    static Optional<double[]> windowVsShe(Window window, SolutionConditions conditions) {
        if (window == null || window.getReference() == null) {
            return Optional.empty();
        }
        Optional<ReferenceElectrode> reference = ReferenceElectrode.parse(window.getReference());
        OptionalDouble lower = Stated.value(window.getLower(), Kind.POTENTIAL);
        OptionalDouble upper = Stated.value(window.getUpper(), Kind.POTENTIAL);
        if (reference.isEmpty() || lower.isEmpty() || upper.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble l = CellPotentials.toShe(lower.getAsDouble(), reference.get(), conditions);
        OptionalDouble u = CellPotentials.toShe(upper.getAsDouble(), reference.get(), conditions);
        return l.isPresent() && u.isPresent() ? Optional.of(new double[] { l.getAsDouble(), u.getAsDouble() })
                : Optional.empty();
    }

    private static void negativeInWater(Cell cell, ElectrodeAnalysis negative, Findings findings) {
        Optional<Element> metal = negative.material().flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal);
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, negative.electrode());
        OptionalDouble potential = CellPotentials.average(Optional.of(negative));
        if (!negative.plating() || metal.isEmpty() || potential.isEmpty() || electrolyte.isEmpty()
                || !ElectrolyteFacts.waterBased(electrolyte.get())) {
            return;
        }
        String e = Figure.format(potential.getAsDouble());
        boolean primary = primary(cell);
        if (potential.getAsDouble() < AQUEOUS_PLATING_LIMIT_V) {
            if (primary) {
                findings.report(WindowIssues.PRIMARY_SELF_CORROSION, negative.active().orElseThrow(),
                        DesignPackage.Literals.COMPONENT__MATERIAL, metal.get().symbol(), e);
            } else {
                findings.report(WindowIssues.REACTIVE_METAL_IN_WATER, negative.active().orElseThrow(),
                        DesignPackage.Literals.COMPONENT__MATERIAL, metal.get().symbol(), e,
                        Figure.format(AQUEOUS_PLATING_LIMIT_V));
            }
        } else if ("Zn".equals(metal.get().symbol()) && !primary && ElectrolyteFacts.plainAqueous(electrolyte.get())
                && !ElectrolyteFacts.declaresWindow(electrolyte.get())
                && Resolved.constituents(electrolyte.get()).stream()
                        .noneMatch(c -> c.getRole() == ConstituentRole.ADDITIVE)) {
            findings.report(WindowIssues.ZINC_HYDROGEN_EVOLUTION, negative.active().orElseThrow(),
                    DesignPackage.Literals.COMPONENT__MATERIAL, e);
        }
    }

    static boolean primary(Cell cell) {
        DeviceClass device = Resolved.nearest(Resolved.lineage(cell), c -> c.isSetDeviceClass() ? c.getDeviceClass() : null);
        return device == DeviceClass.METAL_AIR || device == DeviceClass.METAL_H2O || device == DeviceClass.METAL_H2O2;
    }

    private static void positiveInWater(Cell cell, CellAnalysis analysis, ElectrodeAnalysis positive,
            Findings findings) {
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, positive.electrode());
        if (electrolyte.isEmpty() || !ElectrolyteFacts.waterBased(electrolyte.get())) {
            return;
        }
        OptionalDouble pH = ElectrolyteFacts.pH(electrolyte.get());
        OptionalDouble maximum = CellPotentials.positiveMaximum(cell, analysis);
        boolean plain = ElectrolyteFacts.plainAqueous(electrolyte.get()) && !ElectrolyteFacts.phDecoupled(cell)
                && !ElectrolyteFacts.declaresWindow(electrolyte.get());
        if (plain && pH.isPresent() && maximum.isPresent()) {
            double oer = WaterWindow.atPh(pH.getAsDouble()).oxygenEvolution().volts();
            if (maximum.getAsDouble() > oer + EPSILON) {
                findings.report(WindowIssues.OXYGEN_EVOLUTION, positive.electrode(), null,
                        Figure.format(maximum.getAsDouble()), Figure.format(pH.getAsDouble()), Figure.format(oer));
            }
        }
        boolean zincNegative = analysis.negative().filter(ElectrodeAnalysis::plating)
                .flatMap(ElectrodeAnalysis::material).flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal)
                .map(m -> "Zn".equals(m.symbol())).orElse(false);
        OptionalDouble cutoff = CellPotentials.positiveCutoff(cell, analysis);
        if (zincNegative && cutoff.isPresent()) {
            double vsZinc = CellPotentials.fromShe(cutoff.getAsDouble(), ReferenceElectrode.ZN,
                    CellPotentials.conditions(analysis));
            if (vsZinc > ZINC_AQUEOUS_CUTOFF + EPSILON) {
                findings.report(WindowIssues.ZINC_CUTOFF_AQUEOUS, positive.electrode(), null, Figure.format(vsZinc));
            } else if (vsZinc > ZINC_DILUTE_CUTOFF + EPSILON && ElectrolyteFacts.plainAqueous(electrolyte.get())) {
                findings.report(WindowIssues.ZINC_CUTOFF_DILUTE, positive.electrode(), null, Figure.format(vsZinc));
            }
        }
    }

    private static void anionHost(Cell cell, CellAnalysis analysis, ElectrodeAnalysis positive, Findings findings) {
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, positive.electrode());
        boolean carbon = positive.material().flatMap(Chemistry::formula).map(WindowValidator::carbonOnly).orElse(false);
        if (carbon) {
            for (String carrier : positive.carriers()) {
                int charge = Chemistry.charge(carrier).orElse(0);
                if (charge <= MULTIVALENT_ANION_CHARGE) {
                    findings.report(WindowIssues.MULTIVALENT_ANION_GRAPHITE, positive.active().orElseThrow(), null,
                            carrier, charge);
                }
            }
        }
        if (electrolyte.isEmpty()) {
            return;
        }
        if (ElectrolyteFacts.waterBased(electrolyte.get())) {
            if (carbon && ElectrolyteFacts.plainAqueous(electrolyte.get())) {
                findings.report(WindowIssues.DILUTE_AQUEOUS_ANION_HOST, electrolyte.get(),
                        DesignPackage.Literals.ELECTROLYTE__KIND);
            }
            return;
        }
        SolutionConditions conditions = CellPotentials.conditions(analysis);
        double required = CellPotentials.positiveCutoff(cell, analysis).orElse(
                CellPotentials.toShe(ANION_HOST_CUTOFF_VS_LI, ReferenceElectrode.LI, conditions).getAsDouble());
        Window window = Resolved.nearest(Resolved.lineage(electrolyte.get()), Electrolyte::getWindow);
        Optional<double[]> she = windowVsShe(window, conditions);
        if (she.isEmpty()) {
            ReferenceElectrode scale = cellScale(analysis).orElse(ReferenceElectrode.LI);
            findings.report(WindowIssues.ANION_HOST_WINDOW_UNKNOWN, electrolyte.get(), null,
                    Figure.format(CellPotentials.fromShe(required, scale, conditions)), scale.label(),
                    Figure.format(required));
        } else if (she.get()[1] < required - WINDOW_TOLERANCE_V) {
            findings.report(WindowIssues.ANION_HOST_WINDOW, window, null, Figure.format(required),
                    Figure.format(she.get()[1]));
        }
    }

    /** The metal reference of the ion the negative electrode stores (K+/K for a potassium cell), if there is one. */
    static Optional<ReferenceElectrode> cellScale(CellAnalysis analysis) {
        return analysis.negative().stream().flatMap(n -> n.carriers().stream()).map(Chemistry::formula)
                .flatMap(Optional::stream).filter(f -> f.charge() > 0 && f.elementAmounts().size() == 1)
                .map(f -> f.elementAmounts().keySet().iterator().next().symbol()).map(ReferenceElectrode::parse)
                .flatMap(Optional::stream).filter(r -> r != ReferenceElectrode.SHE && r != ReferenceElectrode.RHE)
                .findFirst();
    }

    static boolean carbonOnly(ChemicalFormula formula) {
        return formula.elementAmounts().size() == 1 && formula.amountOf("C") > 0;
    }
}
