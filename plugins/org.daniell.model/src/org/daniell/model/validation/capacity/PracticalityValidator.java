package org.daniell.model.validation.capacity;

import java.util.List;
import java.util.Optional;

import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.ProtocolRates;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.StepRate;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Format;
import org.daniell.model.design.FormatKind;
import org.daniell.model.issues.PracticalityIssues;
import org.daniell.model.validation.Findings;
import org.daniell.model.validation.TopicValidator;

/**
 * Whether a zinc-metal cell is specified under practical conditions: loading, areal capacity, electrolyte amount,
 * rate, and the limits of Mn-based and iodine positives (seed-001-002 §3.1 A11, §3.2 C1–C7, C12, §3.3 E1, E2, E4,
 * §5). The thresholds come from the aqueous zinc literature, so the rules apply to cells with a Zn-metal negative.
 */
public final class PracticalityValidator extends TopicValidator {

    /** seed-001-002 §3.2 C2: "~1 mg/cm²" lab loading; the 2 mg/cm² cut-off is inferred. */
    static final double VERY_LOW_LOADING_MG_CM2 = 2.0;
    /** seed-001-002 §3.2 C1 (S2 §2.3, §3.1): practical and commercial loading "> 10 mg/cm²". */
    static final double PRACTICAL_LOADING_MG_CM2 = 10.0;
    /** seed-001-002 §3.2 C3 / §5 framework: "exceeding 20 mg/cm²". */
    static final double FRAMEWORK_LOADING_MG_CM2 = 20.0;
    /** seed-001-002 §3.2 C4 (S2 §3.1): commercial "high areal capacities (>3 mAh/cm²)". */
    static final double COMMERCIAL_AREAL_MAH_CM2 = 3.0;
    /** seed-001-002 §3.3 E2 / §5 framework: "E/C ratios below 10 g/Ah". */
    static final double FRAMEWORK_E_C_G_AH = 10.0;
    /** seed-001-002 §3.3 E3 / §3.1 (S2 §3.1): commercial "low E/C ratios (<2.5 g/Ah)"; also C6's lean limit. */
    static final double COMMERCIAL_E_C_G_AH = 2.5;
    /** seed-001-002 §3.3 E4: flooded coin cell above 50 µL/mAh (inferred). */
    static final double FLOODED_COIN_UL_MAH = 50.0;
    /** seed-001-002 §5 W-HIGHRATE (S2 §2.1): "high rate cycling (>1C)". */
    static final double HIGH_RATE_C = 1.0;
    /** seed-001-002 §3.1 A11 / §5 framework: "C/4 to C/6". */
    static final double FRAMEWORK_RATE_MAX_C = 1.0 / 4;
    static final double FRAMEWORK_RATE_MIN_C = 1.0 / 6;
    /** seed-001-002 §3.2 C12 (S2 §2.3): iodine electrodes struggle from "≥80–100 mg/cm²". */
    static final double IODINE_HIGH_LOADING_MG_CM2 = 80.0;
    /** The E/C the electrolyte fix aims at: the framework-compliant design D4 of seed-001-002 §6. */
    static final double E_C_FIX_TARGET_G_AH = 8.0;
    /** What the Mn2+ fix adds: the MnSO4 concentration of seed-001-002 §6 D1 (A). */
    static final String MN_ADDITIVE = "additive MnSO4 0.1 mol/L";

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        if (!CellChemistry.zincMetalAnode(analysis)) {
            return;
        }
        Optional<ElectrodeAnalysis> positive = analysis.positive();
        Optional<Figure> loading = positive.flatMap(ElectrodeAnalysis::activeLoading);
        if (positive.isPresent() && loading.isPresent()) {
            checkLoading(cell, analysis, positive.get(), loading.get(), findings);
        }
        analysis.cellArealCapacity().filter(q -> q.value() < COMMERCIAL_AREAL_MAH_CM2).ifPresent(q -> {
            Targets at = positive.map(p -> Targets.arealCapacity(cell, p)).orElse(Targets.cell(cell));
            findings.report(PracticalityIssues.LOW_AREAL_CAPACITY, at.object(), at.feature(), q.display());
        });
        analysis.electrolyte().ifPresent(e -> checkElectrolyte(cell, analysis, e, findings));
        checkRates(cell, ProtocolRates.of(analysis), findings);
        PracticalityScore score = PracticalityScore.of(analysis);
        if (score.evaluated() == 0) {
            return; // nothing to score: a mechanism study without cell-level numbers
        }
        Targets name = Targets.cell(cell);
        findings.report(PracticalityIssues.SCORE, name.object(), name.feature(), score.frameworkMet(),
                score.frameworkGaps(), score.commercialMet(), score.commercialGaps());
    }

    private static void checkLoading(Cell cell, CellAnalysis analysis, ElectrodeAnalysis positive, Figure loading,
            Findings findings) {
        Targets at = Targets.loading(cell, positive);
        double value = loading.value();
        if (value <= VERY_LOW_LOADING_MG_CM2) {
            findings.report(PracticalityIssues.VERY_LOW_LOADING, at.object(), at.feature(), loading.display());
        } else if (value < PRACTICAL_LOADING_MG_CM2) {
            findings.report(PracticalityIssues.LOW_LOADING, at.object(), at.feature(), loading.display());
        } else if (value <= FRAMEWORK_LOADING_MG_CM2) {
            findings.report(PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK, at.object(), at.feature(),
                    loading.display());
        }
        if (CellChemistry.iodine(analysis) && value >= IODINE_HIGH_LOADING_MG_CM2) {
            findings.report(PracticalityIssues.IODINE_HIGH_LOADING, at.object(), at.feature(), loading.display());
        }
        Optional<Figure> ec = analysis.electrolyteMassRatio();
        if (CellChemistry.manganeseBased(analysis) && value >= PRACTICAL_LOADING_MG_CM2 && ec.isPresent()
                && ec.get().value() <= COMMERCIAL_E_C_G_AH) {
            findings.report(PracticalityIssues.MN_LEAN_ELECTROLYTE, at.object(), at.feature(), loading.display(),
                    ec.get().display());
        }
    }

    private static void checkElectrolyte(Cell cell, CellAnalysis analysis, Electrolyte electrolyte,
            Findings findings) {
        Optional<Figure> mass = analysis.electrolyteMassRatio();
        Optional<Figure> volume = analysis.electrolyteVolumeRatio();
        boolean stated = Resolved.nearest(Resolved.lineage(electrolyte), Electrolyte::getAmount) != null;
        // without the cell's capacity no E/C could be computed either; the missing loading is the first gap
        if (!stated && analysis.cellArealCapacity().isPresent()) {
            Targets at = Targets.electrolyte(cell, electrolyte);
            findings.report(PracticalityIssues.ELECTROLYTE_AMOUNT_MISSING, at.object(), at.feature());
        }
        Targets amount = Targets.electrolyteAmount(cell, electrolyte);
        if (mass.isPresent() && mass.get().value() >= FRAMEWORK_E_C_G_AH) {
            findings.reportWithFix(PracticalityIssues.FLOODED_ELECTROLYTE, amount.object(), amount.feature(),
                    ElectrolyteAmountTarget.data(analysis, electrolyte, E_C_FIX_TARGET_G_AH), mass.get().display());
        }
        Format format = Resolved.format(cell);
        if (format != null && format.getKind() == FormatKind.COIN && volume.isPresent()
                && volume.get().value() > FLOODED_COIN_UL_MAH) {
            findings.report(PracticalityIssues.FLOODED_COIN, amount.object(), amount.feature(), volume.get().display());
        }
        Optional<ElectrodeAnalysis> positive = analysis.positive();
        if (positive.isPresent() && CellChemistry.manganeseBased(analysis)
                && !CellChemistry.manganeseInElectrolyte(electrolyte)
                && !CellChemistry.stabilisedManganese(positive.get())) {
            Targets at = Targets.of(cell, electrolyte, DesignPackage.Literals.ELECTROLYTE__CONSTITUENTS);
            findings.reportWithFix(PracticalityIssues.MN_DISSOLUTION, at.object(), at.feature(),
                    List.of(MN_ADDITIVE), positive.get().name());
        }
    }

    private static void checkRates(Cell cell, List<StepRate> rates, Findings findings) {
        for (StepRate rate : rates) {
            double c = rate.rate().value();
            Targets at = Targets.of(cell, rate.step(), DesignPackage.Literals.STEP__RATE);
            String step = rate.step().getKind().getLiteral();
            if (c > HIGH_RATE_C) {
                findings.report(PracticalityIssues.HIGH_RATE, at.object(), at.feature(), step, rate.rate().display());
            } else if (!withinFramework(c)) {
                findings.report(PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, at.object(), at.feature(), step,
                        rate.rate().display());
            }
        }
    }

    static boolean withinFramework(double rate) {
        return rate >= FRAMEWORK_RATE_MIN_C && rate <= FRAMEWORK_RATE_MAX_C;
    }
}
