package org.daniell.cli.chem;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.capacity.CapacityContribution;
import org.daniell.chem.ion.Ion;

/**
 * The theoretical capacity {@code daniell chem formula} reports, or the reason it cannot be inferred.
 *
 * @param basis                 how the electrons were obtained: "given", or a {@link Mechanism} word
 * @param carrier               the ion taken up, if named
 * @param contributions         electrons per formula unit by mechanism (empty if not inferred)
 * @param mAhPerGram            Q = nF/(3.6 M), or C·ΔV/3.6 for a capacitive electrode
 * @param mAhPerCubicCentimetre volumetric capacity, where a density is known (metal anodes)
 * @param notInferred           why no capacity could be inferred; empty when there is one
 * @param notes                 assumptions a reader should know about
 */
record CapacityEstimate(String basis, Optional<Ion> carrier, List<CapacityContribution> contributions,
                        OptionalDouble mAhPerGram, OptionalDouble mAhPerCubicCentimetre, Optional<String> notInferred,
                        List<String> notes) {

    CapacityEstimate {
        contributions = List.copyOf(contributions);
        notes = List.copyOf(notes);
    }

    /** A capacity worked out from electrons per formula unit. */
    static CapacityEstimate of(String basis, Optional<Ion> carrier, List<CapacityContribution> contributions,
                               double mAhPerGram, OptionalDouble mAhPerCubicCentimetre, List<String> notes) {
        return new CapacityEstimate(basis, carrier, contributions, OptionalDouble.of(mAhPerGram),
                mAhPerCubicCentimetre, Optional.empty(), notes);
    }

    /** No capacity, and why. */
    static CapacityEstimate notInferred(String basis, Optional<Ion> carrier, String reason) {
        return new CapacityEstimate(basis, carrier, List.of(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of(reason), List.of());
    }

    /** @return true if a capacity was worked out */
    boolean inferred() {
        return mAhPerGram.isPresent();
    }

    /** @return Σ electrons per formula unit (0 for a capacitive estimate, which has none) */
    double electrons() {
        return contributions.stream().mapToDouble(CapacityContribution::electrons).sum();
    }

    /** @return carrier ions taken up per formula unit, if a carrier is named and electrons were counted */
    OptionalDouble carriersPerFormulaUnit() {
        if (carrier.isEmpty() || contributions.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(electrons() / Math.abs(carrier.get().charge()));
    }
}
