package org.daniell.model.issues;

/** Separators and membranes (seed-000 §4.7, seed-001-002 §3.4). */
public final class SeparatorIssues {

    private SeparatorIssues() {
    }

    public static final Issue MISSING = new Issue("separator.missing", Severity.WARNING,
            "The {0} stack has a liquid electrolyte but no separator or membrane (seed-001-002 §3.4 S1).",
            "Only a solid or quasi-solid electrolyte makes a separator-free stack possible; with a liquid electrolyte "
                    + "the electrodes short. The seed rates a separator-free liquid design an error; Daniell warns, "
                    + "because a spec that omits the separator is more often incomplete than separator-free.",
            "seed-001-002 §3.4 S1 (S2 §4.1)");

    public static final Issue GLASS_FIBRE_LEAN = new Issue("separator.glass-fibre-lean", Severity.WARNING,
            "A glass-fibre separator with E/C {0} g/Ah: its pore volume alone needs more electrolyte than the "
                    + "{1} g/Ah budget (seed-001-002 §3.4 S4).",
            "Glass-fibre separators are 260–675 µm thick and about 90 % porous; filling them takes about 23 µL/cm², "
                    + "which lean-electrolyte designs below 5 g/Ah cannot supply.",
            "seed-001-002 §3.4 S4 (inferred)");

    public static final Issue NAFION_MULTIVALENT = new Issue("separator.nafion-multivalent", Severity.WARNING,
            "Membrane {0} (perfluorosulfonic acid) must keep {1} and {2} apart, but Nafion does not tell mono- from "
                    + "multivalent cations (seed-000 §4.7 R-M1).",
            "Nafion's sulfonate groups pass every cation; multivalent ions even bind more strongly and block it, so "
                    + "it cannot separate a monovalent from a multivalent cation.",
            "seed-000 §4.7 R-M1 (§7.1)");

    public static final Issue SINGLE_ION_CERAMIC = new Issue("separator.single-ion-ceramic", Severity.WARNING,
            "Membrane {0} of {1} conducts only {2}, but it is to pass {3} (seed-000 §4.7 R-M2).",
            "LISICON conducts only Li⁺ and NASICON only Na⁺; any other ion the design sends through them is blocked.",
            "seed-000 §4.7 R-M2 (refs 420, 447, 462)");
}
