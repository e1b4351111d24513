package org.daniell.cli.chem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.daniell.chem.electrochem.ElectrodePotential;

/**
 * A potential typed with its reference, {@code "0.35 V vs Ag/AgCl"} or {@code "-150 mV vs SCE"}, for
 * {@code daniell chem potential} to convert to another scale.
 */
final class MeasuredPotential {

    private static final Pattern WRITTEN = Pattern.compile(
            "\\s*([+\\-\u2212]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(mV|V)?\\s*(?:(?:vs\\.?|versus)\\s*(.*))?",
            Pattern.CASE_INSENSITIVE);

    private MeasuredPotential() {
    }

    /**
     * @return the potential if {@code text} starts with a number, empty if it does not (then it names a couple)
     * @throws ChemInputException if the number has no reference, or the reference is unknown
     */
    static Optional<ElectrodePotential> parse(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            if (text.strip().matches("[+\\-\u2212]?[\\d.].*")) {
                throw new ChemInputException("cannot read the potential '" + text
                        + "'; write it as a number, its unit and its reference, e.g. '0.2 V vs Ag/AgCl'");
            }
            return Optional.empty();
        }
        if (m.group(3) == null || m.group(3).isBlank()) {
            throw new ChemInputException("say what '" + text.strip()
                    + "' is measured against, e.g. '0.2 V vs Ag/AgCl'");
        }
        double value = Double.parseDouble(m.group(1).replace('\u2212', '-'));
        if ("mv".equalsIgnoreCase(m.group(2))) {
            value /= 1000;
        }
        return Optional.of(ElectrodePotential.of(value, ReferenceNames.parse(m.group(3))));
    }
}
