package org.daniell.chem.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.measure.MetricPrefix;
import javax.measure.Unit;

import tech.units.indriya.unit.Units;

/**
 * The vocabulary of {@link UnitParser}: the unit symbols researchers type, the SI prefixes that may
 * precede some of them, and the percent family with its {@link FractionBasis}.
 *
 * <p>Look-up order for a symbol: an exact entry first ({@code min}, {@code mol}, {@code mAh}, {@code kg},
 * {@code Pa}), then prefix + prefixable base ({@code mS} = milli + siemens, {@code mM} = milli + molar,
 * {@code uL} = micro + litre). Lower-case {@code u} is accepted for µ (U+00B5) and so is Greek μ (U+03BC).
 */
final class UnitSymbols {

    static {
        IndriyaNumberSystem.install(); // before the first Indriya unit is built
    }

    /**
     * One symbol of the vocabulary.
     *
     * @param symbol canonical spelling ({@code "µL"} for {@code uL}, {@code "Ω"} for {@code Ohm})
     * @param unit the Indriya unit
     * @param prefixable whether SI prefixes may precede it
     * @param basis the fraction basis (percent family only)
     * @param standaloneOnly whether it must be the whole unit (°C, wt%, at%, vol%)
     */
    record Atom(String symbol, Unit<?> unit, boolean prefixable, FractionBasis basis, boolean standaloneOnly) {
    }

    /** An SI prefix as written, its canonical spelling and Indriya prefix. */
    private record Prefix(String written, String canonical, MetricPrefix prefix) {
    }

    private static final Map<String, Atom> EXACT = new LinkedHashMap<>();
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("p", "p", MetricPrefix.PICO),
            new Prefix("n", "n", MetricPrefix.NANO),
            new Prefix("µ", "µ", MetricPrefix.MICRO),
            new Prefix("μ", "µ", MetricPrefix.MICRO),
            new Prefix("u", "µ", MetricPrefix.MICRO),
            new Prefix("m", "m", MetricPrefix.MILLI),
            new Prefix("c", "c", MetricPrefix.CENTI),
            new Prefix("d", "d", MetricPrefix.DECI),
            new Prefix("k", "k", MetricPrefix.KILO),
            new Prefix("M", "M", MetricPrefix.MEGA),
            new Prefix("G", "G", MetricPrefix.GIGA));

    /** Percent symbols, longest first so that {@code wt.%} wins over {@code %}. */
    private static final List<Map.Entry<String, Atom>> PERCENT_FAMILY = new ArrayList<>();

    /** Symbols that mean metre in a compound and molality on their own (see {@link UnitParser}). */
    static final String METRE_OR_MOLAL = "m";
    /** Symbol that means coulomb in a compound and C-rate on its own (see {@link UnitParser}). */
    static final String COULOMB_OR_C_RATE = "C";

    static {
        prefixable(FieldUnits.METRE, "m");
        prefixable(FieldUnits.GRAM, "g");
        exact(FieldUnits.KILOGRAM, "kg", "kg");
        prefixable(FieldUnits.LITRE, "L", "l");
        prefixable(FieldUnits.SECOND, "s");
        exact(FieldUnits.MINUTE, "min", "min");
        exact(FieldUnits.HOUR, "h", "h", "hr");
        exact(FieldUnits.DAY, "d", "d", "day");
        prefixable(FieldUnits.AMPERE, "A");
        prefixable(FieldUnits.AMPERE_HOUR, "Ah");
        exact(FieldUnits.MILLIAMPERE_HOUR, "mAh", "mAh");
        prefixable(FieldUnits.COULOMB, "C");
        prefixable(FieldUnits.VOLT, "V");
        prefixable(FieldUnits.WATT, "W");
        prefixable(FieldUnits.WATT_HOUR, "Wh");
        exact(FieldUnits.MILLIWATT_HOUR, "mWh", "mWh");
        prefixable(FieldUnits.JOULE, "J");
        prefixable(FieldUnits.ELECTRONVOLT, "eV");
        prefixable(FieldUnits.FARAD, "F");
        prefixable(FieldUnits.SIEMENS, "S");
        prefixable(FieldUnits.OHM, "Ω", "Ω", "\u2126", "Ohm", "ohm");
        prefixable(Units.HERTZ, "Hz");
        prefixable(FieldUnits.MOLE, "mol");
        prefixable(FieldUnits.MOLAR, "M");
        prefixable(FieldUnits.PASCAL, "Pa");
        prefixable(FieldUnits.BAR, "bar");
        exact(FieldUnits.KELVIN, "K", "K");
        exact(FieldUnits.ANGSTROM, "Å", "Å", "\u212B", "Angstrom", "angstrom");
        exact(FieldUnits.PPM, "ppm", "ppm");
        EXACT.put("°C", new Atom("°C", FieldUnits.CELSIUS, false, FractionBasis.NONE, true));
        EXACT.put("degC", EXACT.get("°C"));
        EXACT.put("\u2103", EXACT.get("°C"));

        percent("%", FractionBasis.NONE, "%");
        percent("wt%", FractionBasis.MASS, "wt%", "wt.%", "wt %", "wt. %");
        percent("at%", FractionBasis.AMOUNT, "at%", "at.%", "at %", "at. %", "mol%", "mol %");
        percent("vol%", FractionBasis.VOLUME, "vol%", "vol.%", "vol %", "vol. %", "v%");
        PERCENT_FAMILY.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    }

    private UnitSymbols() {
    }

    private static void prefixable(Unit<?> unit, String canonical, String... spellings) {
        Atom atom = new Atom(canonical, unit, true, FractionBasis.NONE, false);
        EXACT.put(canonical, atom);
        for (String s : spellings) {
            EXACT.put(s, atom);
        }
    }

    private static void exact(Unit<?> unit, String canonical, String... spellings) {
        Atom atom = new Atom(canonical, unit, false, FractionBasis.NONE, false);
        for (String s : spellings) {
            EXACT.put(s, atom);
        }
    }

    private static void percent(String canonical, FractionBasis basis, String... spellings) {
        boolean standaloneOnly = basis != FractionBasis.NONE;
        Atom atom = new Atom(canonical, FieldUnits.PERCENT, false, basis, standaloneOnly);
        for (String s : spellings) {
            PERCENT_FAMILY.add(Map.entry(s, atom));
        }
    }

    /** The percent-family symbol that starts at {@code offset} of {@code text}, longest match, if any. */
    static Optional<Map.Entry<String, Atom>> percentAt(String text, int offset) {
        for (Map.Entry<String, Atom> e : PERCENT_FAMILY) {
            if (text.startsWith(e.getKey(), offset)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Resolves a run of letters: an exact symbol, or an SI prefix followed by a prefixable symbol. */
    static Optional<Atom> resolve(String token) {
        Atom exact = EXACT.get(token);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Prefix p : PREFIXES) {
            if (token.length() > p.written().length() && token.startsWith(p.written())) {
                Atom base = EXACT.get(token.substring(p.written().length()));
                if (base != null && base.prefixable()) {
                    return Optional.of(new Atom(p.canonical() + base.symbol(), base.unit().prefix(p.prefix()), false,
                            FractionBasis.NONE, false));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code c} can be part of a unit symbol's letter run. */
    static boolean isSymbolChar(char c) {
        return Character.isLetter(c) || c == '°' || c == '\u2103';
    }

    /** Every exact spelling and a few common prefixed forms, for "did you mean" suggestions. */
    static List<String> suggestions() {
        List<String> all = new ArrayList<>(EXACT.keySet());
        all.addAll(List.of("mg", "µg", "cm", "mm", "µm", "nm", "mL", "µL", "mA", "mV", "mS", "mW", "kW", "kWh",
                "mF", "mM", "mmol", "kPa", "MPa", "ms"));
        PERCENT_FAMILY.forEach(e -> all.add(e.getKey()));
        return Collections.unmodifiableList(all);
    }
}
