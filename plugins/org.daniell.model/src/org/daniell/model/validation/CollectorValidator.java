package org.daniell.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Collector;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.issues.CollectorIssues;

/** Current collectors that corrode or react at their electrode's potential (seed-000 §4.6; seed-001-002 §3.4). */
final class CollectorValidator extends TopicValidator {

    /** Positive collectors that resist chloride (seed-000 §4.6 R-C1; carbon covers graphite). */
    static final Set<String> CHLORIDE_RESISTANT = Set.of("Mo", "Ta", "Ti", "C", "Pt");
    /** Al pits with TFSI-/FSI- above this potential vs Li+/Li (seed-000 §4.6 R-C2, ext). */
    static final double ALUMINIUM_IMIDE_LIMIT_VS_LI = 3.8;
    /** Cu oxidises above this potential vs Li+/Li (seed-000 §4.6 R-C3, ext). */
    static final double COPPER_LIMIT_VS_LI = 3.5;
    /** Cu oxidises above this potential vs Zn2+/Zn (seed-001-002 §3.4 S5, inferred). */
    static final double COPPER_LIMIT_VS_ZN = 1.1;
    /** Below this pH an electrolyte counts as acidic for nickel (seed-000 §4.6 R-C6: 1 M H2SO4; cut inferred). */
    static final double NICKEL_ACID_PH = 4;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        analysis.positive().ifPresent(p -> positive(cell, analysis, p, findings));
        analysis.negative().ifPresent(n -> negative(cell, n, findings));
        for (Electrode electrode : Resolved.electrodes(cell)) {
            nickelInAcid(cell, electrode, findings);
        }
    }

    static Optional<Collector> collector(Electrode electrode) {
        Collector collector = Resolved.nearest(Resolved.lineage(electrode), Electrode::getCollector);
        return Optional.ofNullable(collector).filter(c -> !c.isSelf() && Resolved.resolved(c.getMaterial()));
    }

    /** The element of a one-element collector (Al, Cu, Ti …); empty for alloys and materials without a formula. */
    static Optional<String> element(Collector collector) {
        return Chemistry.formula(collector.getMaterial()).filter(f -> f.elementAmounts().size() == 1)
                .map(f -> f.elementAmounts().keySet().iterator().next().symbol());
    }

    private static void positive(Cell cell, CellAnalysis analysis, ElectrodeAnalysis positive, Findings findings) {
        Optional<Collector> collector = collector(positive.electrode());
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, positive.electrode());
        if (collector.isEmpty() || electrolyte.isEmpty()) {
            return;
        }
        Optional<String> element = element(collector.get());
        if (ElectrolyteFacts.containsChloride(electrolyte.get())
                && !element.map(CHLORIDE_RESISTANT::contains).orElse(false)) {
            findings.reportWithFix(CollectorIssues.CHLORIDE_CORROSION, collector.get(),
                    DesignPackage.Literals.COLLECTOR__MATERIAL, List.of("Ti"), collector.get().getMaterial().getName());
        }
        OptionalDouble maximum = CellPotentials.positiveMaximum(cell, analysis);
        if (maximum.isEmpty()) {
            return;
        }
        var conditions = CellPotentials.conditions(analysis);
        double vsLi = CellPotentials.fromShe(maximum.getAsDouble(), ReferenceElectrode.LI, conditions);
        if (element.filter("Al"::equals).isPresent() && vsLi > ALUMINIUM_IMIDE_LIMIT_VS_LI
                && ElectrolyteFacts.soluteFormulas(electrolyte.get()).stream().anyMatch(CollectorValidator::imide)) {
            findings.report(CollectorIssues.ALUMINIUM_IMIDE, collector.get(), DesignPackage.Literals.COLLECTOR__MATERIAL,
                    Figure.format(vsLi), Figure.format(ALUMINIUM_IMIDE_LIMIT_VS_LI));
        }
        if (element.filter("Cu"::equals).isPresent()) {
            boolean zinc = analysis.negative().flatMap(ElectrodeAnalysis::material).flatMap(Chemistry::formula)
                    .flatMap(Chemistry::singleMetal).map(m -> "Zn".equals(m.symbol())).orElse(false);
            ReferenceElectrode scale = zinc ? ReferenceElectrode.ZN : ReferenceElectrode.LI;
            double limit = zinc ? COPPER_LIMIT_VS_ZN : COPPER_LIMIT_VS_LI;
            double value = CellPotentials.fromShe(maximum.getAsDouble(), scale, conditions);
            if (value > limit) {
                String replacement = ElectrolyteFacts.waterBased(electrolyte.get()) ? "Ti" : "Al";
                findings.reportWithFix(CollectorIssues.COPPER_POSITIVE, collector.get(),
                        DesignPackage.Literals.COLLECTOR__MATERIAL, List.of(replacement), Figure.format(value),
                        scale.label(), Figure.format(limit));
            }
        }
    }

    /** TFSI- or FSI-: an imide, N(SO2X)2 with two sulfurs per nitrogen and fluorine. */
    static boolean imide(ChemicalFormula f) {
        double n = f.amountOf("N");
        return n > 0 && Math.abs(f.amountOf("S") - 2 * n) < 1e-6 && f.amountOf("F") > 0;
    }

    private static void negative(Cell cell, ElectrodeAnalysis negative, Findings findings) {
        Optional<Collector> collector = collector(negative.electrode());
        boolean aluminiumActive = negative.material().flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal)
                .map(m -> "Al".equals(m.symbol())).orElse(false);
        if (collector.isPresent() && element(collector.get()).filter("Al"::equals).isPresent()
                && negative.carriers().contains("Li[+]") && !aluminiumActive) {
            findings.reportWithFix(CollectorIssues.ALUMINIUM_NEGATIVE_LITHIUM, collector.get(),
                    DesignPackage.Literals.COLLECTOR__MATERIAL, List.of("Cu"));
        }
    }

    private static void nickelInAcid(Cell cell, Electrode electrode, Findings findings) {
        Optional<Collector> collector = collector(electrode);
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, electrode);
        if (collector.isEmpty() || electrolyte.isEmpty() || element(collector.get()).filter("Ni"::equals).isEmpty()) {
            return;
        }
        OptionalDouble pH = ElectrolyteFacts.pH(electrolyte.get());
        boolean acidic = pH.isPresent() ? pH.getAsDouble() < NICKEL_ACID_PH : ElectrolyteFacts.acidic(electrolyte.get());
        if (acidic) {
            findings.reportWithFix(CollectorIssues.NICKEL_IN_ACID, collector.get(),
                    DesignPackage.Literals.COLLECTOR__MATERIAL, List.of("Ti"), electrode.getName());
        }
    }
}
