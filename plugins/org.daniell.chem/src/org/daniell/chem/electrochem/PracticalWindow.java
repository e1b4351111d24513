package org.daniell.chem.electrochem;

import java.util.Optional;

/**
 * A practical stability window or limit that a seed paper states with a number, as opposed to the
 * thermodynamic {@link WaterWindow}.
 *
 * @param id stable key
 * @param electrolyte the electrolyte it applies to, as the paper describes it
 * @param measure what the number is
 * @param relation how the paper bounds it ("beyond" = at least)
 * @param volts the number, in volts
 * @param reference the reference for a limit; empty for a width
 * @param source seed file, section and reference number
 * @param quote the paper's words
 */
public record PracticalWindow(String id, String electrolyte, Measure measure, Relation relation, double volts,
        Optional<ReferenceElectrode> reference, String source, String quote) {

    /** What the number measures. */
    public enum Measure {
        /** The width of the stability window, in volts. */
        WIDTH,
        /** The highest safe potential of the positive electrode vs {@link PracticalWindow#reference()}. */
        ANODIC_LIMIT
    }

    /** How the stated number bounds the true value. */
    public enum Relation {
        /** Stated as a value. */
        ABOUT,
        /** "beyond", "exceeding": the true value is at least this. */
        AT_LEAST,
        /** "less than", "below", "up to": the true value is at most this. */
        AT_MOST
    }

    /** The limit as a potential, for {@link Measure#ANODIC_LIMIT} rows. */
    public Optional<ElectrodePotential> limit() {
        return reference.map(r -> ElectrodePotential.of(volts, r));
    }
}
