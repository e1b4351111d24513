package org.daniell.cli.chem;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The storage mechanisms {@code --mechanism} accepts, each with the word written on the command line. */
enum Mechanism {
    /** Every carrier atom of the formula leaves and comes back (LiFePO4 → FePO4). */
    INTERCALATION("intercalation"),
    /** Full conversion to the metals: M_aN_b + n e- → a M + b X_kN. */
    CONVERSION("conversion"),
    /** Alloying of a metal or alloy into the tabulated end phases (Si → Li22Si5). */
    ALLOYING("alloying"),
    /** Conversion, then alloying of the reduced metals (Sb2Te3 → K3Sb + K2Te). */
    CONVERSION_ALLOYING("conversion-alloying"),
    /** A metal anode plated and stripped as its ion (Zn → Zn2+). */
    PLATING("plating"),
    /** Double-layer or pseudo-capacitive storage: C·ΔV. */
    CAPACITIVE("capacitive");

    private final String word;

    Mechanism(String word) {
        this.word = word;
    }

    /** @return the word written on the command line */
    String word() {
        return word;
    }

    /** Reads {@code --mechanism} values, letter case and '_' or '-' ignored. */
    static final class Converter implements ITypeConverter<Mechanism> {
        @Override
        public Mechanism convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return Arrays.stream(values()).filter(m -> m.word.equals(key)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown mechanism '" + value + "'; choose one of "
                            + Arrays.stream(values()).map(Mechanism::word).collect(Collectors.joining(", "))));
        }
    }

    /** The words, for the help text. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(Mechanism::word).iterator();
        }
    }
}
