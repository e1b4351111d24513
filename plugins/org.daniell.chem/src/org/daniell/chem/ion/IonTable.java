package org.daniell.chem.ion;

import org.daniell.chem.data.TsvTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ion table, {@code ions.tsv}: the carriers and anions of seed-000 §2 with charge, formula, Shannon and
 * hydrated radii and hydration Gibbs energy, each value with its source.
 *
 * <p>{@link #find(String)} reads an ion as researchers write it: {@code Li+}, {@code Li[+]}, {@code Zn2+},
 * {@code Zn[2+]}, {@code Zn²⁺}, {@code SO4 2-}, {@code SO4^2-}, {@code SO4[2-]}, {@code TFSI-}, {@code NTf2-},
 * {@code triflate}. A trailing digit before the sign is read as the charge first ({@code Mg2+} = Mg²⁺,
 * {@code VO2+} = vanadyl VO²⁺); write brackets ({@code VO2[+]}) for the other reading. {@link #findAll(String)}
 * returns every reading, so a caller can flag an ambiguous spelling.
 */
public final class IonTable {

    private static final Map<String, Ion> TABLE = load();
    private static final Pattern BRACKET = Pattern.compile("(.+)\\[(\\d*)([+-])]");
    private static final Pattern SPACED = Pattern.compile("(.+?)\\s*\\^?\\s*(\\d?)([+-])");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private IonTable() {
    }

    private static Map<String, Ion> load() {
        Map<String, Ion> map = new LinkedHashMap<>();
        for (Ion ion : TsvTable.read(IonTable.class, "ions.tsv", row -> {
            String dg = row.get("hydration_gibbs_kJ_mol");
            return new Ion(row.get("id"), row.get("name"), row.get("formula"), row.integer("charge"),
                    TsvTable.list(row.get("aliases")), Ion.angstrom(row.get("shannon_radius_A")),
                    row.get("shannon_coordination"), Ion.angstrom(row.get("hydrated_radius_A")),
                    dg.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(dg.replace('\u2212', '-'))),
                    row.get("radius_source"), row.get("hydrated_source"), row.get("gibbs_source"), row.get("note"));
        })) {
            if (map.put(ion.id(), ion) != null) {
                throw new IllegalStateException("ions.tsv: duplicate id " + ion.id());
            }
        }
        return map;
    }

    /** All ions, in file order. */
    public static List<Ion> all() {
        return List.copyOf(TABLE.values());
    }

    /** The ion with this id ({@code "li"}, {@code "tfsi"}). */
    public static Optional<Ion> byId(String id) {
        return Optional.ofNullable(TABLE.get(id));
    }

    /** The ion with this neutral formula and charge. */
    public static Optional<Ion> byFormula(String formula, int charge) {
        return TABLE.values().stream().filter(i -> i.formula().equals(formula) && i.charge() == charge).findFirst();
    }

    /** The first reading of {@code text} that names an ion in the table (see the class comment). */
    public static Optional<Ion> find(String text) {
        List<Ion> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every ion that {@code text} can be read as, preferred reading first; more than one means ambiguous. */
    public static List<Ion> findAll(String text) {
        List<Ion> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String t = text.strip();
        for (Ion ion : TABLE.values()) {
            if (ion.aliases().contains(t) || ion.symbol().equals(t) || ion.name().equalsIgnoreCase(t)) {
                add(found, ion);
            }
        }
        for (Reading r : readings(plain(t))) {
            byFormula(r.formula(), r.charge()).ifPresent(ion -> add(found, ion));
        }
        return found;
    }

    private record Reading(String formula, int charge) {
    }

    /** Formula/charge readings of a written ion, most likely first. */
    private static List<Reading> readings(String t) {
        List<Reading> out = new ArrayList<>();
        Matcher b = BRACKET.matcher(t);
        if (b.matches()) {
            out.add(new Reading(b.group(1).strip(), charge(b.group(2), b.group(3))));
            return out;
        }
        Matcher s = SPACED.matcher(t);
        if (!s.matches()) {
            return out;
        }
        String body = s.group(1);
        String digits = s.group(2);
        String sign = s.group(3);
        boolean separated = t.substring(body.length(), t.length() - digits.length() - 1).contains(" ")
                || t.contains("^");
        if (!digits.isEmpty()) {
            out.add(new Reading(body, charge(digits, sign)));
            if (!separated) {
                out.add(new Reading(body + digits, charge("", sign)));
            }
        } else {
            out.add(new Reading(body, charge("", sign)));
        }
        return out;
    }

    private static int charge(String digits, String sign) {
        int n = digits.isEmpty() ? 1 : Integer.parseInt(digits);
        return "-".equals(sign) ? -n : n;
    }

    /** Maps sub- and superscript digits and signs to plain text; superscripts become a bracketed charge. */
    private static String plain(String t) {
        StringBuilder formula = new StringBuilder();
        StringBuilder sup = new StringBuilder();
        for (char c : t.toCharArray()) {
            int sub = SUBSCRIPT_DIGITS.indexOf(c);
            int supd = SUPERSCRIPT_DIGITS.indexOf(c);
            if (sub >= 0) {
                formula.append((char) ('0' + sub));
            } else if (supd >= 0) {
                sup.append((char) ('0' + supd));
            } else if (c == '⁺') {
                sup.append('+');
            } else if (c == '⁻' || c == '\u2212' && sup.length() > 0) {
                sup.append('-');
            } else {
                formula.append(c == '\u2212' ? '-' : c);
            }
        }
        return sup.length() > 0 ? formula.toString().strip() + "[" + sup + "]" : formula.toString();
    }

    private static void add(List<Ion> list, Ion ion) {
        if (!list.contains(ion)) {
            list.add(ion);
        }
    }
}
