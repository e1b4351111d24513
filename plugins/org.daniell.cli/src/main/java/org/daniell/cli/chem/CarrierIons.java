package org.daniell.cli.chem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.ion.Ion;
import org.daniell.chem.ion.IonTable;

/**
 * Reads the ion given to {@code --carrier} against the kernel's {@link IonTable} and prints ions the way chemists
 * write them ({@code Li+}, {@code Zn2+}, {@code PF6[-]}).
 */
final class CarrierIons {

    private static final Pattern MONATOMIC = Pattern.compile("([A-Z][a-z]?)\\[(\\d*[+-])]");

    private CarrierIons() {
    }

    /**
     * @return the ion {@code text} names: {@code Li+}, {@code Zn[2+]}, {@code lithium}, or a bare formula such as
     *     {@code Li} when the table holds exactly one cation with it
     * @throws ChemInputException if the table has no such ion, or a bare formula is ambiguous
     */
    static Ion parse(String text) {
        Optional<Ion> found = IonTable.find(text);
        if (found.isPresent()) {
            return found.get();
        }
        List<Ion> cations = IonTable.all().stream()
                .filter(ion -> ion.isCation() && ion.formula().equals(text.strip())).toList();
        if (cations.size() == 1) {
            return cations.get(0);
        }
        if (cations.size() > 1) {
            throw new ChemInputException("the carrier '" + text + "' is ambiguous: write its charge, "
                    + cations.stream().map(CarrierIons::display).collect(Collectors.joining(" or ")));
        }
        throw new ChemInputException("unknown carrier ion '" + text + "'; known carriers include "
                + IonTable.all().stream().filter(Ion::isCation).limit(12).map(CarrierIons::display)
                        .collect(Collectors.joining(", ")) + " (write the charge, e.g. Zn2+)");
    }

    /** @return the element of a monatomic ion ({@code Li} for Li+), if it is one */
    static Optional<Element> element(Ion ion) {
        return PeriodicTable.bySymbol(ion.formula());
    }

    /** @return {@code Li+}, {@code Zn2+} for monatomic ions, the bracketed symbol ({@code PF6[-]}) otherwise */
    static String display(Ion ion) {
        return plain(ion.symbol());
    }

    /** @return a species as written in the kernel's tables, with a monatomic charge unbracketed: Zn[2+] → Zn2+ */
    static String plain(String species) {
        Matcher m = MONATOMIC.matcher(species);
        return m.matches() ? m.group(1) + m.group(2) : species;
    }
}
