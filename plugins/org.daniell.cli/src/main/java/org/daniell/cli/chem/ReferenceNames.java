package org.daniell.cli.chem;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.daniell.chem.electrochem.ReferenceElectrode;

/** Reads reference electrodes as written after "vs" ({@code SHE}, {@code RHE}, {@code Li+/Li}, {@code Ag/AgCl}). */
final class ReferenceNames {

    private ReferenceNames() {
    }

    /**
     * @return the reference {@code text} names
     * @throws ChemInputException naming the known references if there is none
     */
    static ReferenceElectrode parse(String text) {
        return ReferenceElectrode.parse(text).orElseThrow(() -> new ChemInputException(
                "unknown reference electrode '" + text + "'; known: " + known()));
    }

    /** @return the labels of every reference, e.g. "SHE, RHE, Li+/Li, ..." */
    static String known() {
        return Arrays.stream(ReferenceElectrode.values()).map(ReferenceElectrode::label)
                .collect(Collectors.joining(", "));
    }
}
