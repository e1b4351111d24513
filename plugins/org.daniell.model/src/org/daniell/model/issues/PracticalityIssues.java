package org.daniell.model.issues;

/**
 * Findings on whether an aqueous zinc-metal cell is tested under practical conditions: cathode loading, areal
 * capacity, electrolyte amount, rate, and the family-specific limits of Mn-based and iodine cathodes
 * (seed-001-002 §3.2, §3.3, §5). The thresholds come from the zinc literature and apply to cells with a Zn anode.
 */
public final class PracticalityIssues {

    private static final String S2_FRAMEWORK = "seed-001-002 §5 / §1.1 (S2 §5 'Establishing unified evaluation protocols')";

    private PracticalityIssues() {
    }

    public static final Issue VERY_LOW_LOADING = new Issue("practicality.very-low-loading", Severity.WARNING,
            "The positive carries {0} of active material; at about 2 mg/cm² or less a cell shows only the "
                    + "material''s intrinsic capacity (seed-001-002 §3.2 C2).",
            "'Low-loading cathodes (~1 mg/cm²) … can reflect the intrinsic capacity of materials' only: their "
                    + "capacity, rate and cycling cannot be extrapolated to pouch or Ah-level cells, which need "
                    + "10–20 mg/cm² (W-LOWLOAD, strong).",
            "seed-001-002 §3.2 C2, §5 W-LOWLOAD (S2 §2.3); 2 mg/cm² cut-off inferred");

    public static final Issue LOW_LOADING = new Issue("practicality.low-loading", Severity.WARNING,
            "The positive carries {0} of active material; practical cells need more than 10 mg/cm² "
                    + "(seed-001-002 §3.2 C1).",
            "'Cathode loading typically needs to reach 10–20 mg/cm²'; commercial cells need '>10 mg/cm²'. Below "
                    + "that the inactive parts of the cell dominate its mass and the capacity per area is too low "
                    + "for a practical cell.",
            "seed-001-002 §3.2 C1, §5 W-LOWLOAD (S2 §2.3, §3.1)");

    public static final Issue LOADING_NOT_ABOVE_FRAMEWORK = new Issue("practicality.loading-not-above-framework",
            Severity.INFO,
            "The positive carries {0} of active material; the evaluation framework asks for more than 20 mg/cm² "
                    + "(seed-001-002 §3.2 C3).",
            "The S2 framework asks for 'high-loading cathodes exceeding 20 mg/cm²'; commercial cells already "
                    + "start above 10 mg/cm², so a loading between 10 and 20 is reported as information.",
            "seed-001-002 §3.2 C3; " + S2_FRAMEWORK);

    public static final Issue LOW_AREAL_CAPACITY = new Issue("practicality.low-areal-capacity", Severity.WARNING,
            "The cell stores {0}; commercial cells need more than 3 mAh/cm² (seed-001-002 §3.2 C4).",
            "Coin-cell Coulombic efficiencies above 99.5 % are obtained at 'low areal capacity (<2 mAh/cm²)'; "
                    + "commercial cells need 'high areal capacities (>3 mAh/cm²)', where side reactions and "
                    + "inhomogeneous plating become visible (W-LOWAREAL).",
            "seed-001-002 §3.2 C4, §5 W-LOWAREAL (S2 §2.1, §3.1)");

    public static final Issue ELECTROLYTE_AMOUNT_MISSING = new Issue("practicality.electrolyte-amount-missing",
            Severity.WARNING,
            "The electrolyte amount is not stated; give it as E/C (g/Ah or µL/mAh) or as a volume or mass with the "
                    + "cell''s capacity (seed-001-002 §3.3 E1).",
            "The electrolyte is often the heaviest part of an aqueous zinc cell, and excess electrolyte "
                    + "compensates side reactions and flatters cycle life, so 'optimizing the E/C ratio is also "
                    + "crucial'. The seed marks a missing E/C as an error of the specification; Daniell reports it "
                    + "as a warning because the design is incomplete rather than inconsistent, and every "
                    + "cell-level figure that needs the electrolyte is simply left out. It is reported once the "
                    + "cell's areal capacity is known, since E/C needs both.",
            "seed-001-002 §3.3 E1, §5 W-FLOODED (S2 §4.1)");

    public static final Issue FLOODED_ELECTROLYTE = new Issue("practicality.flooded-electrolyte", Severity.WARNING,
            "E/C is {0}; the evaluation framework asks for less than 10 g/Ah (seed-001-002 §3.3 E2).",
            "'Surplus electrolytes' compensate the electrolyte consumed by side reactions and make cycle life "
                    + "look longer than in a practical cell; the electrolyte also dominates the cell mass. The S2 "
                    + "framework asks for 'E/C ratios below 10 g/Ah', commercial cells for '<2.5 g/Ah'.",
            "seed-001-002 §3.3 E2, §5 W-FLOODED; " + S2_FRAMEWORK);

    public static final Issue FLOODED_COIN = new Issue("practicality.flooded-coin", Severity.WARNING,
            "This coin cell holds {0} of electrolyte per mAh; above 50 µL/mAh the excess electrolyte inflates its "
                    + "cycle life (seed-001-002 §3.3 E4).",
            "Coin cells 'can achieve relatively long cycling stability … owing to their low areal capacities and "
                    + "the compensation provided by the excess electrolyte'. The 50 µL/mAh limit is the seed's "
                    + "inferred threshold for a flooded coin cell.",
            "seed-001-002 §3.3 E4 (S2 §4.1); 50 µL/mAh inferred");

    public static final Issue HIGH_RATE = new Issue("practicality.high-rate", Severity.WARNING,
            "The {0} step runs at {1}; cycling above 1C hides side reactions and biases the Coulombic efficiency "
                    + "(seed-001-002 §5 W-HIGHRATE).",
            "'High rate cycling (>1C) … leads to significant bias in CE evaluation': fast cycles leave little time "
                    + "for corrosion and hydrogen evolution. Practically relevant rates are C/4 to C/6; the "
                    + "practical harsh condition is below 0.5C.",
            "seed-001-002 §5 W-HIGHRATE, §3.1 A6 (S2 §1, §2.1)");

    public static final Issue RATE_OUTSIDE_FRAMEWORK = new Issue("practicality.rate-outside-framework",
            Severity.INFO,
            "The {0} step runs at {1}; the evaluation framework cycles at C/4 to C/6 (seed-001-002 §3.1 A11).",
            "S2 recommends that 'cells for CE testing should be cycled … within the C/4 to C/6 range' and names "
                    + "'practically relevant current rates ranging from C/4 to C/6' in its evaluation framework.",
            "seed-001-002 §3.1 A11; " + S2_FRAMEWORK);

    public static final Issue MN_LEAN_ELECTROLYTE = new Issue("practicality.mn-lean-electrolyte", Severity.WARNING,
            "The Mn-based positive carries {0} with E/C {1}; Mn cathodes decline strongly at high loading in lean "
                    + "electrolyte (seed-001-002 §3.2 C6).",
            "Mn2+ deposition and dissolution 'is highly dependent on a sufficient liquid-phase environment', and "
                    + "'Mn-based cathodes tend to suffer more significant performance decline under high mass "
                    + "loading'. A loading of 10 mg/cm² or more with 2.5 g/Ah or less combines both (W-MNLEAN).",
            "seed-001-002 §3.2 C6, §5 W-MNLEAN (S2 §2.3)");

    public static final Issue MN_DISSOLUTION = new Issue("practicality.mn-dissolution", Severity.WARNING,
            "The Mn-based positive {0} has no Mn2+ additive in the electrolyte and no stated stabilisation; it will "
                    + "lose Mn by dissolution (seed-001-002 §3.2 C7).",
            "Manganese oxides lose Mn2+ to the electrolyte by disproportionation and Jahn–Teller distortion of "
                    + "high-spin Mn3+. A Mn2+ salt in the electrolyte (for example MnSO4 with 2 M ZnSO4) shifts "
                    + "the dissolution equilibrium back; pre-intercalated cations, superlattices or a polymer "
                    + "(PANI) interface stabilise the structure instead. Write the additive, or a pre-intercalated "
                    + "formula, a structure that names the strategy, or the polymer component.",
            "seed-001-002 §3.2 C7 (S2 §2.3); additive example S1 Fig. 5c");

    public static final Issue IODINE_HIGH_LOADING = new Issue("practicality.iodine-high-loading", Severity.WARNING,
            "The iodine positive carries {0}; from 80 mg/cm² on, poor conductivity and polyiodide shuttling limit "
                    + "it (seed-001-002 §3.2 C12).",
            "At '≥80–100 mg/cm²' iodine electrodes suffer from poor conductivity, polarisation and the polyiodide "
                    + "(I3-, I5-) shuttle, which causes 'self-discharge, Zn corrosion, dendrite growth' (W-I2LOADING).",
            "seed-001-002 §3.2 C12, §5 W-I2LOADING (S2 §2.3)");

    public static final Issue SCORE = new Issue("practicality.score", Severity.INFO,
            "Practicality: evaluation framework {0}/5 criteria met{1}; commercial requirements {2}/3 met{3} "
                    + "(seed-001-002 §5).",
            "The composite score of seed-001-002 §5 counts the S2 §5 framework criteria (positive loading above "
                    + "20 mg/cm², metal foil below 50 µm, N/P under 5, E/C below 10 g/Ah, rate from C/4 to C/6) and "
                    + "the commercial requirements of S2 §3.1 (loading above 10 mg/cm², areal capacity above "
                    + "3 mAh/cm², E/C below 2.5 g/Ah). All limits are strict, as S2 words them; a criterion the "
                    + "specification does not allow to evaluate counts as not met.",
            "seed-001-002 §5 (composite score, inferred); " + S2_FRAMEWORK + "; S2 §3.1");
}
