package org.daniell.model.issues;

/** Charge neutrality and site occupancy of the formulas a spec declares (ARCHITECTURE "Charge balance", level 1). */
public final class CompositionIssues {

    private static final String S3 = "shared/domain/seed-003-004-high-entropy.md §3.3, §3.5 ";

    public static final Issue NEUTRALITY_INFEASIBLE = new Issue("composition.neutrality-infeasible", Severity.ERROR,
            "{0} cannot be neutral with any allowed oxidation states: the cations give {1} to {2} per formula unit, "
                    + "the anions need {3}{4}.",
            "Every compound is electrically neutral. With each element's oxidation states in its allowed range and "
                    + "mixed valence permitted, a formula can balance only if the anion charge lies between the "
                    + "lowest and highest total cation charge; outside that interval an amount in the formula is "
                    + "wrong (a typo, a missing element or oxygen vacancies that are not written).",
            S3 + "C-01");

    public static final Issue COVALENT_FORMAL_CHARGES = new Issue("composition.covalent-formal-charges",
            Severity.WARNING,
            "Formal charges of {0} do not balance with the usual valences ({1}); {2}.",
            "Phosphides, tellurides, silicides and similar compounds are partly covalent (P–P, M–M bonds), so formal "
                    + "oxidation states are only indicative. A formula whose usual valences do not balance is not "
                    + "necessarily wrong, but it needs an unusual valence or non-ionic bonding: check it.",
            S3 + "C-06; §3.4 (InGeSiP3)");

    public static final Issue VALENCE_RESIDUAL = new Issue("composition.valence-residual", Severity.INFO,
            "With default valences {0} has a charge of {1} per formula unit; it balances with {2}.",
            "The default valences (for example Mn2+, Fe3+, Co2+) do not make the formula neutral, but other allowed "
                    + "states do. The balancing assignment shows the mean valences the composition implies, which "
                    + "matter for redox capacity and for Jahn–Teller active ions.",
            S3 + "C-02; §7 E2");

    public static final Issue SITE_OVERFILLED = new Issue("composition.site-overfilled", Severity.ERROR,
            "The mixing site {0} holds {1} atoms but has room for {2}.",
            "The amounts that share one crystallographic site cannot add up to more than the number of such sites "
                    + "per formula unit. An over-full site usually means a mistyped fraction, such as the Mn0.2 "
                    + "printed for Mn0.02 in a figure caption of [S3].",
            S3 + "C-03; §1.4");

    public static final Issue SITE_VACANCIES = new Issue("composition.site-vacancies", Severity.INFO,
            "The mixing site {0} holds {1} of {2}: {3} vacancies per formula unit.",
            "A site filled below its multiplicity has vacancies. They are not counted in the configurational "
                    + "entropy ([S4]: usually not considered) but they change the charge balance and the structure.",
            S3 + "C-04");

    public static final Issue PBA_HEXACYANIDE_EXCESS = new Issue("composition.pba-hexacyanide-excess",
            Severity.WARNING,
            "{0} has {1} [M''(CN)6] per N-coordinated metal site; a Prussian blue analogue has at most 1. Per "
                    + "[M''(CN)6] the formula reads A{2} M{3}.",
            "In A_xM[M'(CN)6]_y·nH2O the hexacyanometallate fills at most every M site (y ≤ 1; 1 − y is the "
                    + "fraction of [M'(CN)6] vacancies). A larger y means the formula is normalised differently or "
                    + "mistyped.",
            S3 + "C-05; §3.2, §3.4");

    public static final Issue PBA_CHARGE = new Issue("composition.pba-charge", Severity.WARNING,
            "{0} does not balance with M2+: it needs [M''(CN)6] with charge {1} (between 3 and 4 only for a mean M "
                    + "valence of {2} to {3}).",
            "A Prussian blue analogue balances when x + z_M·m = y·q with q between 3 ([M'(III)(CN)6]3-) and 4 "
                    + "([M'(II)(CN)6]4-). With the usual M2+ the written amounts fall outside that range, so the "
                    + "formula needs M3+ or a different normalisation.",
            S3 + "C-05; §7 E6");

    public static final Issue JAHN_TELLER = new Issue("composition.jahn-teller", Severity.WARNING,
            "{0} in the positive electrode of an aqueous zinc cell: {1} is Jahn–Teller active, which distorts the "
                    + "host and speeds its dissolution.",
            "High-spin Mn3+ (a mean Mn valence between 3 and 4) and octahedral Cu2+ distort their octahedra "
                    + "(Jahn–Teller effect). In aqueous Zn cells this drives Mn2+ dissolution and capacity fade; "
                    + "[S4] names high-entropy doping and interface design as mitigations.",
            S3 + "C-08; §5.7 Z-05");

    private CompositionIssues() {
    }
}
