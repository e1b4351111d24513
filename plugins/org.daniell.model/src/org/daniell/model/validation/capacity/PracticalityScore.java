package org.daniell.model.validation.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;

import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.ProtocolRates;
import org.daniell.model.analysis.StepRate;

/**
 * The composite practicality score of seed-001-002 §5 (inferred): how many of the five S2 §5 framework criteria and
 * the three S2 §3.1 commercial requirements a cell meets, with strict limits as S2 words them. A criterion the
 * specification gives no number for counts as not met and is listed as not stated.
 *
 * @param evaluated how many of the eight criteria the specification gives the numbers for
 */
record PracticalityScore(int frameworkMet, String frameworkGaps, int commercialMet, String commercialGaps,
        int evaluated) {

    static PracticalityScore of(CellAnalysis analysis) {
        Optional<Figure> loading = analysis.positive().flatMap(ElectrodeAnalysis::activeLoading);
        Optional<Figure> foil = analysis.negative().filter(ElectrodeAnalysis::metalFoil)
                .flatMap(ElectrodeAnalysis::thickness);
        Optional<Figure> ec = analysis.electrolyteMassRatio();
        List<StepRate> rates = ProtocolRates.of(analysis);

        Tally framework = new Tally();
        framework.check("loading", loading, v -> v > PracticalityValidator.FRAMEWORK_LOADING_MG_CM2);
        framework.check("foil thickness", foil, v -> v < CapacityBalanceValidator.FOIL_FRAMEWORK_UM);
        framework.check("N/P", analysis.npRatio(), v -> v < CapacityBalanceValidator.NP_FRAMEWORK);
        framework.check("E/C", ec, v -> v < PracticalityValidator.FRAMEWORK_E_C_G_AH);
        if (rates.isEmpty()) {
            framework.notStated.add("rate");
        } else if (rates.stream().allMatch(r -> PracticalityValidator.withinFramework(r.rate().value()))) {
            framework.met++;
        } else {
            framework.notMet.add("rate");
        }

        Tally commercial = new Tally();
        commercial.check("loading", loading, v -> v > PracticalityValidator.PRACTICAL_LOADING_MG_CM2);
        commercial.check("areal capacity", analysis.cellArealCapacity(),
                v -> v > PracticalityValidator.COMMERCIAL_AREAL_MAH_CM2);
        commercial.check("E/C", ec, v -> v < PracticalityValidator.COMMERCIAL_E_C_G_AH);
        return new PracticalityScore(framework.met, framework.gaps(), commercial.met, commercial.gaps(),
                framework.evaluated() + commercial.evaluated());
    }

    private static final class Tally {
        int met;
        final List<String> notMet = new ArrayList<>();
        final List<String> notStated = new ArrayList<>();

        void check(String name, Optional<Figure> figure, DoublePredicate passes) {
            if (figure.isEmpty()) {
                notStated.add(name);
            } else if (passes.test(figure.get().value())) {
                met++;
            } else {
                notMet.add(name);
            }
        }

        int evaluated() {
            return met + notMet.size();
        }

        String gaps() {
            List<String> parts = new ArrayList<>();
            if (!notMet.isEmpty()) {
                parts.add("not met: " + String.join(", ", notMet));
            }
            if (!notStated.isEmpty()) {
                parts.add("not stated: " + String.join(", ", notStated));
            }
            return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
        }
    }
}
