package org.daniell.chem.formula;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;

/**
 * The abbreviations the formula parser expands. Compositions are the standard structural formulas of the ions
 * (IUPAC names as given); the salts appear in the seed papers, e.g. LiTFSI, NaFSI, Zn(OTf)2, Ca(FSI)2, Mg(TFSI)2,
 * NH4Ac, LiDFOB (shared/domain/seed-000-multi-ion.md §2.3 and F§3.3).
 */
public final class Abbreviations {

    private static final List<Abbreviation> ALL = List.of(
            abbreviation("TFSI", "bis(trifluoromethanesulfonyl)imide N(SO2CF3)2-", "C2F6NO4S2"),
            abbreviation("FTFSI", "(fluorosulfonyl)(trifluoromethanesulfonyl)imide N(SO2F)(SO2CF3)-", "CF4NO4S2"),
            abbreviation("BETI", "bis(pentafluoroethanesulfonyl)imide N(SO2C2F5)2-", "C4F10NO4S2"),
            abbreviation("FSI", "bis(fluorosulfonyl)imide N(SO2F)2-", "F2NO4S2"),
            abbreviation("OTf", "trifluoromethanesulfonate (triflate) CF3SO3-", "CF3O3S"),
            abbreviation("DFOB", "difluoro(oxalato)borate BF2(C2O4)-", "C2BF2O4"),
            abbreviation("BOB", "bis(oxalato)borate B(C2O4)2-", "C4BO8"),
            abbreviation("OAc", "acetate CH3COO-", "C2H3O2"),
            abbreviation("Ac", "acetate CH3COO- (Ac is not read as actinium)", "C2H3O2"));

    private Abbreviations() {
    }

    private static Abbreviation abbreviation(String text, String name, String composition) {
        Map<Element, Double> amounts = new LinkedHashMap<>();
        var matcher = java.util.regex.Pattern.compile("([A-Z][a-z]?)(\\d*)").matcher(composition);
        while (matcher.find()) {
            String count = matcher.group(2);
            amounts.merge(PeriodicTable.element(matcher.group(1)), count.isEmpty() ? 1.0 : Double.parseDouble(count),
                    Double::sum);
        }
        return new Abbreviation(text, name, amounts, -1);
    }

    /** @return every abbreviation, longest text first (the order in which the parser tries them) */
    public static List<Abbreviation> all() {
        return ALL.stream().sorted(Comparator.comparingInt((Abbreviation a) -> -a.text().length())).toList();
    }

    /**
     * @return the abbreviation written at {@code offset}: the text must match exactly and must not be followed by a
     *     lowercase letter (so {@code BOBr} is not read as BOB + r)
     */
    public static Optional<Abbreviation> at(CharSequence text, int offset) {
        for (Abbreviation candidate : all()) {
            String t = candidate.text();
            int end = offset + t.length();
            if (end <= text.length() && text.subSequence(offset, end).toString().equals(t)
                    && (end == text.length() || !Character.isLowerCase(text.charAt(end)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
