package org.daniell.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.electrochem.ElectrodePotential;
import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.electrochem.SolutionConditions;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Potential;
import org.daniell.model.design.Protocol;
import org.daniell.model.design.Quantity;
import org.daniell.model.design.Step;
import org.daniell.model.design.StepKind;

/** Electrode potentials on the SHE scale for the stability checks: averages from the analysis, extremes from the spec. */
final class CellPotentials {

    private CellPotentials() {
    }

    static SolutionConditions conditions(CellAnalysis analysis) {
        return analysis.pH().isPresent() ? SolutionConditions.atPh(analysis.pH().getAsDouble())
                : SolutionConditions.standard();
    }

    /** {@code volts} on {@code reference} converted to SHE; empty when the reference needs a pH that is not given. */
    static OptionalDouble toShe(double volts, ReferenceElectrode reference, SolutionConditions conditions) {
        try {
            return OptionalDouble.of(ElectrodePotential.of(volts, reference).to(ReferenceElectrode.SHE, conditions).volts());
        } catch (RuntimeException noPh) {
            return OptionalDouble.empty();
        }
    }

    static double fromShe(double volts, ReferenceElectrode reference, SolutionConditions conditions) {
        return ElectrodePotential.of(volts, ReferenceElectrode.SHE).to(reference, conditions).volts();
    }

    static OptionalDouble average(Optional<ElectrodeAnalysis> electrode) {
        return electrode.flatMap(ElectrodeAnalysis::potential).map(f -> OptionalDouble.of(f.value()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * The highest potential the positive electrode reaches, vs SHE: the charge cut-off of the protocol added to the
     * negative electrode's potential, else the upper end of a stated potential range, else its average.
     */
    static OptionalDouble positiveMaximum(Cell cell, CellAnalysis analysis) {
        OptionalDouble cutoff = positiveCutoff(cell, analysis);
        if (cutoff.isPresent()) {
            return cutoff;
        }
        OptionalDouble average = average(analysis.positive());
        OptionalDouble negative = average(analysis.negative());
        OptionalDouble voltage = voltage(analysis);
        if (average.isEmpty() && negative.isPresent() && voltage.isPresent()) {
            return OptionalDouble.of(negative.getAsDouble() + voltage.getAsDouble());
        }
        return average;
    }

    /**
     * The upper cut-off of the positive electrode vs SHE, when the spec gives one: the protocol's charge cut-off
     * added to the negative electrode's potential, or the upper end of a stated potential range (the material's
     * only when it is used as catalogued, see {@link Chemistry#usedAsCatalogued}).
     */
    static OptionalDouble positiveCutoff(Cell cell, CellAnalysis analysis) {
        OptionalDouble cutoff = chargeCutoff(cell);
        OptionalDouble negative = average(analysis.negative());
        if (cutoff.isPresent() && negative.isPresent()) {
            return OptionalDouble.of(negative.getAsDouble() + cutoff.getAsDouble());
        }
        Optional<Electrode> positive = analysis.positive().map(ElectrodeAnalysis::electrode);
        Potential stated = positive.map(e -> Resolved.nearest(Resolved.lineage(e), Electrode::getPotential))
                .orElse(null);
        if (stated == null) {
            stated = analysis.positive().filter(p -> p.active().isPresent() && p.material().isPresent())
                    .filter(p -> Chemistry.usedAsCatalogued(p.active().get(), p.material().get()))
                    .map(p -> p.material().get().getPotential()).orElse(null);
        }
        if (stated != null && stated.getUpper() != null) {
            Optional<ReferenceElectrode> reference = ReferenceElectrode.parse(stated.getReference());
            OptionalDouble upper = Stated.value(stated.getUpper(), Kind.POTENTIAL);
            if (reference.isPresent() && upper.isPresent()) {
                return toShe(upper.getAsDouble(), reference.get(), conditions(analysis));
            }
        }
        return OptionalDouble.empty();
    }

    /** The highest charge cut-off (cell voltage) in the protocol. */
    static OptionalDouble chargeCutoff(Cell cell) {
        Protocol protocol = Resolved.protocol(cell);
        if (protocol == null) {
            return OptionalDouble.empty();
        }
        List<Quantity> limits = protocol.getSteps().stream().filter(s -> s.getKind() == StepKind.CHARGE)
                .map(Step::getLimit).toList();
        return limits.stream().map(q -> Stated.value(q, Kind.POTENTIAL)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /** The average cell voltage from the analysis (electrode potentials or the claimed voltage). */
    static OptionalDouble voltage(CellAnalysis analysis) {
        return analysis.voltage().map(Figure::value).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
