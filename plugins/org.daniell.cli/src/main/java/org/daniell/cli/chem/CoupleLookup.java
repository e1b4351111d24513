package org.daniell.cli.chem;

import org.daniell.chem.Spelling;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.electrochem.StandardPotential;
import org.daniell.chem.electrochem.StandardPotentials;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Finds a couple of the kernel's table of standard potentials ({@link StandardPotentials}) as a researcher types it:
 * {@code Zn2+/Zn}, {@code Zn[2+]/Zn}, {@code Zn²⁺/Zn}, {@code Li+/Li}, {@code O2/H2O}, {@code H+/H2}, the reverse order
 * {@code Zn/Zn2+}, or the table's id ({@code o2_oh}). Species are compared as formulas, so charge spellings do not
 * matter. When nothing matches, {@link #closeMatches} suggests couples.
 */
final class CoupleLookup {

    private CoupleLookup() {
    }

    /** @return the row {@code text} names, if any */
    static Optional<StandardPotential> find(String text) {
        String t = text.strip();
        Optional<StandardPotential> byId = StandardPotentials.find(t.toLowerCase(Locale.ROOT));
        if (byId.isPresent()) {
            return byId;
        }
        String[] sides = t.split("/", -1);
        if (sides.length != 2) {
            return Optional.empty();
        }
        String first = canonical(sides[0]);
        String second = canonical(sides[1]);
        Optional<StandardPotential> asWritten = StandardPotentials.all().stream()
                .filter(p -> canonical(p.oxidized()).equals(first) && canonical(p.reduced()).equals(second))
                .findFirst();
        if (asWritten.isPresent()) {
            return asWritten;
        }
        return StandardPotentials.all().stream()
                .filter(p -> canonical(p.oxidized()).equals(second) && canonical(p.reduced()).equals(first))
                .findFirst();
    }

    /** @return up to {@code limit} couples close to {@code text}: sharing a species, or spelled similarly */
    static List<StandardPotential> closeMatches(String text, int limit) {
        String key = normalise(text);
        String[] sides = text.split("/", -1);
        Set<String> species = sides.length == 2 ? Set.of(canonical(sides[0]), canonical(sides[1]))
                : Set.of(canonical(text));
        int tolerance = Math.max(2, key.length() / 3);
        Comparator<StandardPotential> order = Comparator
                .comparing((StandardPotential p) -> sharesSpecies(p, species) ? 0 : 1)
                .thenComparingInt(p -> distance(key, p));
        return StandardPotentials.all().stream()
                .filter(p -> sharesSpecies(p, species) || distance(key, p) <= tolerance)
                .sorted(order).limit(limit).toList();
    }

    /** @return the couple as chemists write it, e.g. {@code Zn2+/Zn}, {@code O2/OH[-]} */
    static String label(StandardPotential p) {
        return CarrierIons.plain(p.oxidized()) + "/" + CarrierIons.plain(p.reduced());
    }

    private static boolean sharesSpecies(StandardPotential p, Set<String> species) {
        return species.contains(canonical(p.oxidized())) || species.contains(canonical(p.reduced()));
    }

    private static int distance(String key, StandardPotential p) {
        String label = normalise(label(p));
        String reversed = normalise(CarrierIons.plain(p.reduced()) + "/" + CarrierIons.plain(p.oxidized()));
        return Math.min(Math.min(Spelling.distance(key, label), Spelling.distance(key, reversed)), Spelling.distance(key, p.id()));
    }

    /** @return the species as the formula parser prints it, physical states (s), (aq), (g) dropped */
    private static String canonical(String species) {
        String s = species.strip().replaceAll("\\((s|aq|g)\\)$", "");
        return ChemicalFormula.parse(s).optionalValue().map(ChemicalFormula::toString)
                .orElse(s.replaceAll("\\s+", ""));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\[\\]^]", "");
    }

}
