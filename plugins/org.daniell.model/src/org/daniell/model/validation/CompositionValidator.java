package org.daniell.model.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.composition.Sublattice;
import org.daniell.chem.composition.SublatticeInference;
import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.AmountDeviation;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.chem.neutrality.OxygenVacancy;
import org.daniell.chem.neutrality.PrussianBlueReport;
import org.daniell.chem.neutrality.PrussianBlueRule;
import org.daniell.chem.neutrality.ValenceAssignment;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.design.Material;
import org.daniell.model.issues.CompositionIssues;

/**
 * Charge neutrality and site occupancy of every formula a resource declares (seed-003-004 §3.3, §3.5 C-01 to C-08),
 * and the Jahn–Teller check of aqueous zinc cathodes (§5.7 Z-05).
 */
public final class CompositionValidator extends TopicValidator {

    /** Mean Mn valence range of high-spin Mn3+ content: [3, 4) (seed-003-004 §3.3 step 5, C-08). */
    private static final double JT_MN_LOWER = 3.0;
    private static final double JT_MN_UPPER = 4.0;
    /** Tolerance on mean valences computed from fractional amounts. */
    private static final double VALENCE_TOLERANCE = 1e-6;

    @Override
    public void checkMaterial(Material material, Findings findings) {
        Optional<ChemicalFormula> parsed = MaterialChemistry.formula(material);
        if (parsed.isEmpty()) {
            return;
        }
        ChemicalFormula formula = parsed.get();
        String name = formula.toString();
        checkSites(material, formula, findings);
        Optional<PrussianBlueReport> pba = PrussianBlueRule.check(formula);
        pba.ifPresent(report -> checkPrussianBlue(material, name, report, findings));
        NeutralityReport report = MaterialChemistry.neutrality(formula);
        if (report.metallic() || MaterialChemistry.organic(report) || report.terms().isEmpty()) {
            return;
        }
        if (report.formalChargesIndicative()) {
            if (!report.feasible() || !report.balancedWithDefaults()) {
                String balance = report.assignments().isEmpty() ? "no allowed valences balance it"
                        : "it balances only with " + report.assignments().get(0).describe()
                                + " or with non-ionic bonding";
                findings.report(CompositionIssues.COVALENT_FORMAL_CHARGES, material, DesignPackage.Literals.MATERIAL__FORMULA,
                        name, MaterialChemistry.signed(report.defaultResidual()), balance);
            }
            return;
        }
        if (!report.feasible() && !balancedByWrittenDeficiency(formula, report)) {
            if (pba.isPresent()) {
                return; // the PBA rule has said what is wrong, in its own terms
            }
            findings.report(CompositionIssues.NEUTRALITY_INFEASIBLE, material, DesignPackage.Literals.MATERIAL__FORMULA,
                    name, MaterialChemistry.signed(report.minimumCharge() - report.targetCharge()),
                    MaterialChemistry.signed(report.maximumCharge() - report.targetCharge()), "0",
                    vacancyHint(report));
            return;
        }
        // C-02 concerns mixed-valence compositions; with one variable cation (MnO2) the valence is simply determined
        boolean mixing = !SublatticeInference.mixingSites(formula).isEmpty();
        if (mixing && !report.balancedWithDefaults() && !report.assignments().isEmpty()) {
            findings.report(CompositionIssues.VALENCE_RESIDUAL, material, DesignPackage.Literals.MATERIAL__FORMULA, name,
                    MaterialChemistry.signed(report.defaultResidual()), report.assignments().get(0).describe());
        }
    }

    /**
     * C-01 counts a written oxygen deficiency (O3-δ): the formula balances if some δ between 0 and the oxygen amount
     * does (C-07: δ &gt;= 0 and below the anion count).
     */
    private static boolean balancedByWrittenDeficiency(ChemicalFormula formula, NeutralityReport report) {
        boolean deficient = formula.deviations().stream().anyMatch(
                e -> e.element().symbol().equals("O") && e.deviation() == AmountDeviation.MINUS_DELTA);
        double oxygen = formula.elementAmounts().getOrDefault(PeriodicTable.element("O"), 0.0);
        return deficient && report.oxygenVacancy().map(v -> v.feasible() && v.minimumDelta() < oxygen).orElse(false);
    }

    /** With a positive shortfall, the oxygen deficiency δ that would balance (C-01: report it). */
    private static String vacancyHint(NeutralityReport report) {
        Optional<OxygenVacancy> vacancy = report.oxygenVacancy();
        if (report.positiveShortfall() > 0 && vacancy.isPresent() && vacancy.get().feasible()) {
            return "; an oxygen deficiency of δ = " + MaterialChemistry.format(vacancy.get().minimumDelta())
                    + " or more would balance it (write O(n)-δ)";
        }
        return "";
    }

    private static void checkSites(Material material, ChemicalFormula formula, Findings findings) {
        for (Sublattice site : SublatticeInference.mixingSites(formula)) {
            if (site.isOverfilled()) {
                findings.report(CompositionIssues.SITE_OVERFILLED, material, DesignPackage.Literals.MATERIAL__FORMULA,
                        site.label(), MaterialChemistry.format(site.occupancy()),
                        MaterialChemistry.format(site.multiplicity()));
            } else if (site.vacancies() > Sublattice.OCCUPANCY_TOLERANCE) {
                findings.report(CompositionIssues.SITE_VACANCIES, material, DesignPackage.Literals.MATERIAL__FORMULA,
                        site.label(), MaterialChemistry.format(site.occupancy()),
                        MaterialChemistry.format(site.multiplicity()), MaterialChemistry.format(site.vacancies()));
            }
        }
    }

    private static void checkPrussianBlue(Material material, String name, PrussianBlueReport report,
            Findings findings) {
        // y ≤ 1 per N-coordinated M (the seed's formulas have m = 1): compare y/m, so Zn3[Fe(CN)6]2 passes
        if (report.complex() / report.metal() > 1 + 1e-9) {
            findings.report(CompositionIssues.PBA_HEXACYANIDE_EXCESS, material, DesignPackage.Literals.MATERIAL__FORMULA,
                    name, MaterialChemistry.format(report.complex() / report.metal()),
                    MaterialChemistry.format(report.alkaliPerComplex()),
                    MaterialChemistry.format(report.metalPerComplex()));
        }
        if (!report.balancesWithDivalentMetal()) {
            findings.report(CompositionIssues.PBA_CHARGE, material, DesignPackage.Literals.MATERIAL__FORMULA, name,
                    String.format(Locale.ROOT, "%.2f", report.qIfMetalDivalent()),
                    String.format(Locale.ROOT, "%.2f", report.minimumMetalState()),
                    String.format(Locale.ROOT, "%.2f", report.maximumMetalState()));
        }
    }

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        if (!aqueousZinc(cell, analysis) || analysis.positive().isEmpty()) {
            return;
        }
        ElectrodeAnalysis positive = analysis.positive().get();
        Optional<Material> material = positive.material();
        Optional<ChemicalFormula> formula = material.flatMap(MaterialChemistry::formula);
        if (formula.isEmpty() || positive.active().isEmpty()) {
            return;
        }
        NeutralityReport report = MaterialChemistry.neutrality(formula.get());
        if (report.assignments().isEmpty()) {
            return;
        }
        ValenceAssignment assignment = report.assignments().get(0);
        OptionalDouble mn = assignment.meanState(PeriodicTable.element("Mn"));
        OptionalDouble cu = assignment.meanState(PeriodicTable.element("Cu"));
        String active = null;
        if (mn.isPresent() && mn.getAsDouble() >= JT_MN_LOWER - VALENCE_TOLERANCE
                && mn.getAsDouble() < JT_MN_UPPER - VALENCE_TOLERANCE) {
            active = "Mn at a mean valence of +" + MaterialChemistry.format(mn.getAsDouble()) + " (Mn3+)";
        } else if (cu.isPresent() && Math.abs(cu.getAsDouble() - 2) < VALENCE_TOLERANCE) {
            active = "Cu2+";
        }
        if (active != null) {
            findings.report(CompositionIssues.JAHN_TELLER, positive.active().get(),
                    DesignPackage.Literals.COMPONENT__MATERIAL, material.get().getName(), active);
        }
    }

    /** An aqueous electrolyte and a zinc metal negative electrode (or Zn2+ carriers on the positive side). */
    static boolean aqueousZinc(Cell cell, CellAnalysis analysis) {
        Electrolyte electrolyte = Resolved.electrolyte(cell);
        ElectrolyteKind kind = electrolyte == null ? null : Resolved.nearest(Resolved.lineage(electrolyte),
                e -> e.isSetKind() ? e.getKind() : null);
        boolean aqueous = kind == ElectrolyteKind.AQUEOUS || kind == ElectrolyteKind.WATER_IN_SALT
                || kind == ElectrolyteKind.HYDROGEL;
        boolean zinc = analysis.negative().flatMap(ElectrodeAnalysis::material).flatMap(MaterialChemistry::formula)
                .map(f -> f.elementAmounts().size() == 1 && f.elementAmounts().containsKey(zincElement()))
                .orElse(false);
        return aqueous && zinc;
    }

    private static Element zincElement() {
        return PeriodicTable.element("Zn");
    }
}
