package org.daniell.chem.electrochem;

import java.util.Locale;
import java.util.Optional;

/**
 * The reference electrodes potentials are quoted against. The potential of each reference vs SHE, its
 * label, spellings and source are in {@code reference-electrodes.tsv} ({@link ReferenceElectrodes}); the metal
 * references take their value from the matching row of {@code standard-potentials.tsv}, so each number is
 * stored once.
 *
 * <p>Convention (seed-000 R-D2): "vs Li⁺/Li" means the standard potential of the couple, i.e. the metal in
 * contact with its ion at unit activity, 25 °C. A real Li counter electrode in 1 M LiPF₆/carbonate differs by
 * the activity and the liquid-junction potential; that difference is not modelled.
 */
public enum ReferenceElectrode {
    /** Standard hydrogen electrode, 0 V by definition. */
    SHE,
    /** Reversible hydrogen electrode: H⁺/H₂ at the solution's own pH, −(RT ln10/F)·pH vs SHE. */
    RHE,
    /** Li⁺/Li. */
    LI,
    /** Na⁺/Na. */
    NA,
    /** K⁺/K. */
    K,
    /** Mg²⁺/Mg. */
    MG,
    /** Ca²⁺/Ca. */
    CA,
    /** Zn²⁺/Zn. */
    ZN,
    /** Al³⁺/Al. */
    AL,
    /** Ag/AgCl in saturated KCl, +0.197 V vs SHE. */
    AG_AGCL_SAT_KCL,
    /** Saturated calomel electrode, +0.241 V vs SHE. */
    SCE,
    /** Hg/HgO in 1 M KOH, +0.098 V vs SHE. */
    HG_HGO_1M_KOH;

    /** The label used in reports, e.g. {@code "Li+/Li"}, {@code "Ag/AgCl (sat. KCl)"}. */
    public String label() {
        return ReferenceElectrodes.definition(this).label();
    }

    /** Whether converting to or from this reference needs the pH (only the RHE). */
    public boolean dependsOnPh() {
        return this == RHE;
    }

    /**
     * Reads a reference as written after a potential: {@code "SHE"}, {@code "vs. Li+/Li"}, {@code "Li/Li+"},
     * {@code "Zn/Zn2+"}, {@code "Ag/AgCl"}, {@code "RHE"}, {@code "Zn[2+]/Zn"}, {@code "Mg"}. A leading "vs", "vs." or
     * "versus" is ignored, and so are spaces, letter case, brackets around charges and superscript charges.
     */
    public static Optional<ReferenceElectrode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] { "versus ", "vs. ", "vs.", "vs " }) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).strip();
                break;
            }
        }
        String key = normalise(t);
        for (ReferenceElectrodes.Definition d : ReferenceElectrodes.all()) {
            if (normalise(d.label()).equals(key) || d.aliases().stream().map(ReferenceElectrode::normalise).anyMatch(key::equals)) {
                return Optional.of(d.electrode());
            }
        }
        return Optional.empty();
    }

    /** Drops brackets, spaces and case; maps superscript charges to plain digits and signs. */
    private static String normalise(String s) {
        return s.replace("[", "").replace("]", "").replace("⁺", "+").replace("²", "2").replace("³", "3")
                .replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
