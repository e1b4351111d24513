package org.daniell.model.validation.capacity;

import java.util.List;
import java.util.Optional;

import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Collector;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Format;
import org.daniell.model.design.FormatKind;
import org.daniell.model.issues.CapacityIssues;
import org.daniell.model.validation.Findings;
import org.daniell.model.validation.TopicValidator;

/**
 * The capacity balance of a cell: N/P against both electrodes' kinds, the metal foil's thickness, and how deep each
 * cycle reaches into a metal anode (seed-000 §4.1 R-E9; seed-001-002 §3.1 A1, A2, A4, A5, A13; §5 W-LOWDOD).
 */
public final class CapacityBalanceValidator extends TopicValidator {

    /** seed-001-002 §3.1 A1 and seed-000 §4.1 R-E9: the negative must hold at least what the positive stores. */
    static final double NP_BALANCED = 1.0;
    /** seed-000 §4.1 R-E9: a plating anode above N/P 3 carries excess metal (inferred threshold). */
    static final double NP_EXCESS_METAL = 3.0;
    /** seed-001-002 §3.1 A2 / §5: "N/P ratios under 5", strict. */
    static final double NP_FRAMEWORK = 5.0;
    /** seed-001-002 §3.1 A4 / §5: "thin Zn foil anodes below 50 μm", strict; in µm. */
    static final double FOIL_FRAMEWORK_UM = 50.0;
    /** seed-001-002 §3.1 A5 (S2 §2.1): Ah-level pouch anodes need 5 mAh/cm² or more. */
    static final double AH_POUCH_ANODE_MAH_CM2 = 5.0;
    /** seed-001-002 §3.1 A5: "Ah-level" pouch, in mAh. */
    static final double AH_LEVEL_MAH = 1000.0;
    /** seed-001-002 §3.1 A13: free-standing foil perforation risk above DOD 0.8 (inferred); in %. */
    static final double PERFORATION_DOD_PERCENT = 80.0;
    /** seed-001-002 §5 W-LOWDOD: utilisation below 10 % misleads; in %. */
    static final double LOW_DOD_PERCENT = 10.0;
    /** seed-001-002 §5 W-LOWDOD, §2.1: "High DOD (>50%)" is the foundation criterion; in %. */
    static final double HIGH_DOD_PERCENT = 50.0;
    /** The N/P the thinning fix aims at: the seed-000 R-E9 excess-metal limit, which is also under the A2 limit. */
    static final double NP_FIX_TARGET = NP_EXCESS_METAL;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        Optional<ElectrodeAnalysis> negative = analysis.negative();
        if (negative.isEmpty()) {
            return;
        }
        analysis.npRatio().ifPresent(np -> checkBalance(cell, negative.get(), np, findings));
        checkFoil(cell, negative.get(), findings);
        checkAhPouch(cell, analysis, negative.get(), findings);
        analysis.metalUtilisation().ifPresent(dod -> checkUtilisation(cell, negative.get(), dod, findings));
    }

    private static void checkBalance(Cell cell, ElectrodeAnalysis negative, Figure np, Findings findings) {
        double ratio = np.value();
        Targets at = Targets.amount(cell, negative);
        String shown = Figure.format(ratio);
        if (!negative.plating()) {
            if (ratio == 0) {
                findings.report(CapacityIssues.ANODE_FREE_NOT_PLATING, at.object(), at.feature(), negative.name());
            } else if (ratio < NP_BALANCED) {
                findings.report(CapacityIssues.NP_BELOW_ONE, at.object(), at.feature(), shown, negative.name());
            }
            return;
        }
        if (ratio == 0) {
            return; // anode-free: the metal plates from an inventory elsewhere (seed-000 R-E9)
        }
        if (ratio < NP_BALANCED) {
            findings.report(CapacityIssues.NP_BELOW_ONE_METAL, at.object(), at.feature(), shown, metal(negative));
        } else if (ratio >= NP_FRAMEWORK) {
            findings.reportWithFix(CapacityIssues.NP_NOT_UNDER_FIVE, at.object(), at.feature(),
                    thinningFix(negative, ratio), shown);
        } else if (ratio > NP_EXCESS_METAL) {
            findings.report(CapacityIssues.EXCESS_METAL, at.object(), at.feature(), shown);
        }
    }

    /**
     * The foil thickness that brings N/P to {@link #NP_FIX_TARGET} (N/P scales with the foil's thickness,
     * seed-001-002 §2 F14), rounded down to 0.1 µm so the result stays at or under the target; empty when the
     * amount of metal is not written as a foil thickness.
     */
    private static List<String> thinningFix(ElectrodeAnalysis negative, double ratio) {
        Optional<Figure> thickness = negative.thickness();
        if (!negative.metalFoil() || thickness.isEmpty() || negative.active().map(a -> a.getThickness() == null)
                .orElse(true)) {
            return List.of();
        }
        double target = Math.floor(thickness.get().value() * NP_FIX_TARGET / ratio * 10) / 10;
        if (target <= 0) {
            return List.of();
        }
        return List.of(Figure.format(target) + " um", Figure.format(NP_FIX_TARGET));
    }

    private static void checkFoil(Cell cell, ElectrodeAnalysis negative, Findings findings) {
        if (!negative.metalFoil()) {
            return;
        }
        negative.thickness().filter(t -> t.value() >= FOIL_FRAMEWORK_UM).ifPresent(t -> {
            Targets at = Targets.amount(cell, negative);
            findings.report(CapacityIssues.THICK_METAL_FOIL, at.object(), at.feature(), metal(negative), t.display());
        });
    }

    private static void checkAhPouch(Cell cell, CellAnalysis analysis, ElectrodeAnalysis negative, Findings findings) {
        Format format = Resolved.format(cell);
        if (!negative.plating() || format == null || format.getKind() != FormatKind.POUCH) {
            return;
        }
        boolean ahLevel = analysis.capacity().map(c -> c.value() >= AH_LEVEL_MAH).orElse(false);
        Optional<Figure> areal = negative.arealCapacity();
        if (ahLevel && areal.isPresent() && areal.get().value() < AH_POUCH_ANODE_MAH_CM2) {
            Targets at = Targets.amount(cell, negative);
            findings.report(CapacityIssues.LOW_ANODE_AREAL_CAPACITY, at.object(), at.feature(), metal(negative),
                    areal.get().display(), analysis.capacity().get().display());
        }
    }

    private static void checkUtilisation(Cell cell, ElectrodeAnalysis negative, Figure dod, Findings findings) {
        Targets at = Targets.amount(cell, negative);
        String shown = Figure.format(dod.value()) + " %";
        if (dod.value() > PERFORATION_DOD_PERCENT && negative.metalFoil() && selfCollecting(negative.electrode())) {
            findings.report(CapacityIssues.FOIL_PERFORATION_RISK, at.object(), at.feature(), metal(negative), shown);
        }
        if (dod.value() < LOW_DOD_PERCENT) {
            findings.report(CapacityIssues.LOW_METAL_UTILISATION, at.object(), at.feature(), shown, metal(negative));
        } else if (dod.value() < HIGH_DOD_PERCENT) {
            findings.report(CapacityIssues.PARTIAL_METAL_UTILISATION, at.object(), at.feature(), shown,
                    metal(negative));
        }
    }

    private static boolean selfCollecting(Electrode electrode) {
        Collector collector = Resolved.nearest(Resolved.lineage(electrode), Electrode::getCollector);
        return collector != null && collector.isSelf();
    }

    private static String metal(ElectrodeAnalysis negative) {
        return negative.material().map(m -> m.getName()).orElse(negative.name());
    }
}
