package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Protocol;
import org.daniell.model.design.Step;
import org.daniell.model.design.StepKind;

/**
 * The C-rate of each current step of a cell's protocol. A step written in C is read as it is; a current density, a
 * specific current or a current is divided by the cell's (areal) capacity (seed-001-002 §1.3, §2 F12).
 */
public final class ProtocolRates {

    private static final String F12 = "seed-001-002 §2 F12";

    private ProtocolRates() {
    }

    public static List<StepRate> of(CellAnalysis analysis) {
        Protocol protocol = Resolved.protocol(analysis.cell());
        if (protocol == null) {
            return List.of();
        }
        List<StepRate> rates = new ArrayList<>();
        for (Step step : protocol.getSteps()) {
            if (step.getKind() == StepKind.REST || step.getRate() == null) {
                continue;
            }
            rate(step, analysis).ifPresent(rate -> rates.add(new StepRate(step, rate)));
        }
        return rates;
    }

    private static Optional<Figure> rate(Step step, CellAnalysis analysis) {
        String label = "rate of the " + step.getKind().getLiteral() + " step";
        Optional<Figure> stated = Stated.figure("rate", label, step.getRate(), Kind.C_RATE);
        if (stated.isPresent()) {
            return stated;
        }
        Optional<Figure> areal = analysis.cellArealCapacity().filter(q -> q.value() > 0);
        Optional<Figure> density = Stated.figure("currentDensity", "current density", step.getRate(),
                Kind.CURRENT_DENSITY);
        if (density.isPresent() && areal.isPresent()) {
            return Optional.of(Figure.derived("rate", label, density.get().value() / areal.get().value(), Kind.C_RATE,
                    "current density ÷ cell areal capacity", F12, density.get(), areal.get()));
        }
        Optional<Figure> specific = Stated.figure("specificCurrent", "specific current", step.getRate(),
                Kind.SPECIFIC_CURRENT);
        Optional<Figure> loading = analysis.positive().flatMap(ElectrodeAnalysis::activeLoading);
        if (specific.isPresent() && loading.isPresent() && areal.isPresent()) {
            // mA/g × mg/cm² = µA/cm²
            double currentDensity = specific.get().value() * loading.get().value() / 1000;
            return Optional.of(Figure.derived("rate", label, currentDensity / areal.get().value(), Kind.C_RATE,
                    "specific current × positive active loading ÷ cell areal capacity", F12, specific.get(),
                    loading.get(), areal.get()));
        }
        Optional<Figure> current = Stated.figure("current", "current", step.getRate(), Kind.CURRENT);
        Optional<Figure> capacity = analysis.capacity().filter(q -> q.value() > 0);
        if (current.isPresent() && capacity.isPresent()) {
            return Optional.of(Figure.derived("rate", label, current.get().value() / capacity.get().value(),
                    Kind.C_RATE, "current ÷ cell capacity", F12, current.get(), capacity.get()));
        }
        return Optional.empty();
    }
}
