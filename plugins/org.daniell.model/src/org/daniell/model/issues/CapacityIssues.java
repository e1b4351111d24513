package org.daniell.model.issues;

/**
 * Findings about the capacity balance of a cell: the N/P ratio, the amount of metal in a metal anode and how much of
 * it a cycle uses (seed-000 §4.1 R-E9; seed-001-002 §3.1 A1–A13, §5 W-THICKZN, W-LOWDOD).
 */
public final class CapacityIssues {

    private static final String S2_FRAMEWORK = "seed-001-002 §5 / §1.1 (S2 §5 'Establishing unified evaluation protocols')";

    private CapacityIssues() {
    }

    public static final Issue NP_BELOW_ONE_METAL = new Issue("capacity.np-below-one-metal", Severity.ERROR,
            "N/P is {0}: the {1} anode holds less metal than the positive can take up, so the positive cannot be "
                    + "fully cycled (seed-001-002 §3.1 A1).",
            "In a full cell with a metal anode every unit of capacity the positive stores must first be stripped "
                    + "from the anode. With less metal than that (N/P below 1) the cell runs out of metal before the "
                    + "positive is full, and every cycle strips the anode bare. A cell meant to start without metal "
                    + "is anode-free: state no metal (capacity 0) and give the metal's inventory elsewhere.",
            "seed-001-002 §3.1 A1 (inferred); seed-000 §4.1 R-E9");

    public static final Issue NP_BELOW_ONE = new Issue("capacity.np-below-one", Severity.WARNING,
            "N/P is {0}: the negative {1} stores less than the positive, so the cell is limited by its negative "
                    + "electrode (seed-000 §4.1 R-E9).",
            "An insertion or alloying negative electrode with less capacity than the positive is over-lithiated "
                    + "(or over-filled) near full charge: its potential falls towards metal plating, and the unused "
                    + "part of the positive is dead weight. Cells are usually balanced with N/P slightly above 1.",
            "seed-000 §4.1 R-E9 (inferred threshold)");

    public static final Issue ANODE_FREE_NOT_PLATING = new Issue("capacity.anode-free-not-plating", Severity.ERROR,
            "The negative {0} stores no capacity (N/P 0); an anode-free cell needs a negative that plates metal "
                    + "(seed-000 §4.1 R-E9).",
            "Anode-free cells start with a bare collector on which the metal plates during the first charge, from "
                    + "an inventory held by the positive or the electrolyte. That works only for a plating "
                    + "mechanism; an insertion or alloying negative with no capacity cannot store anything.",
            "seed-000 §4.1 R-E9; refs 209, 210");

    public static final Issue EXCESS_METAL = new Issue("capacity.excess-metal", Severity.INFO,
            "N/P is {0}: more than 3 times the needed metal, the excess adds mass but no energy "
                    + "(seed-000 §4.1 R-E9).",
            "A metal anode carries a reserve that compensates the metal lost each cycle, but beyond N/P 3 the "
                    + "reserve mostly adds mass. Between 3 and 5 this is reported as information only, because the "
                    + "evaluation framework of seed-001-002 §5 still accepts N/P under 5; from 5 on, the framework "
                    + "warning applies instead.",
            "seed-000 §4.1 R-E9 (inferred threshold); " + S2_FRAMEWORK);

    public static final Issue NP_NOT_UNDER_FIVE = new Issue("capacity.np-not-under-five", Severity.WARNING,
            "N/P is {0}; the evaluation framework asks for N/P under 5 (seed-001-002 §3.1 A2).",
            "A thick metal foil against a thin positive makes cycling look stable because the reserve hides the "
                    + "metal lost each cycle, and it costs energy: the typical pouch with N/P 5 and E/C 10 g/Ah "
                    + "gives only about 50 Wh/kg. The S2 evaluation framework asks for 'N/P ratios under 5'.",
            "seed-001-002 §3.1 A2, §5 W-THICKZN; " + S2_FRAMEWORK);

    public static final Issue THICK_METAL_FOIL = new Issue("capacity.thick-metal-foil", Severity.WARNING,
            "The {0} foil is {1} thick; the evaluation framework asks for foils below 50 µm "
                    + "(seed-001-002 §3.1 A4).",
            "An 'excessive zinc anode' makes the metal's loss each cycle invisible and adds inactive mass. The S2 "
                    + "framework asks for 'thin Zn foil anodes below 50 µm' (50 µm of Zn holds 29.3 mAh/cm²).",
            "seed-001-002 §3.1 A4, §1.2; " + S2_FRAMEWORK);

    public static final Issue LOW_ANODE_AREAL_CAPACITY = new Issue("capacity.low-anode-areal-capacity",
            Severity.WARNING,
            "The {0} anode holds {1} in a {2} pouch; an Ah-level pouch with low N/P needs 5 mAh/cm² or more of "
                    + "metal (seed-001-002 §3.1 A5).",
            "Ah-level pouch cells need a low N/P and a high cathode loading, which 'imposes a higher areal capacity "
                    + "of 5 mAh/cm² or even higher for Zn anodes'. Anode tests below that do not represent the cell.",
            "seed-001-002 §3.1 A5 (S2 §2.1, Fig. 1b)");

    public static final Issue FOIL_PERFORATION_RISK = new Issue("capacity.foil-perforation-risk", Severity.WARNING,
            "The {0} foil is its own collector and each full cycle strips up to {1} of it; above 80 % the foil "
                    + "risks perforation (seed-001-002 §3.1 A13).",
            "'Uneven Zn plating/stripping often leads to perforation of the Zn foil' when most of it is used each "
                    + "cycle; a free-standing foil then loses electronic contact. Metal on a current collector "
                    + "(roll-bonded, electrodeposited, Cu@Zn) 'exhibits no perforation issues'. The 80 % limit is "
                    + "the seed's inferred threshold.",
            "seed-001-002 §3.1 A13, §3.4 S6 (S2 §4.1, §2.2); 0.8 inferred");

    public static final Issue LOW_METAL_UTILISATION = new Issue("capacity.low-metal-utilisation", Severity.WARNING,
            "At most {0} of the {1} anode is used per cycle (1/(N/P)); below 10 % its reversibility looks better "
                    + "than it is (seed-001-002 §5 W-LOWDOD).",
            "Low metal utilisation ('<10 %') gives 'a misleading impression of excellent Zn reversibility': the "
                    + "untouched reserve hides the metal lost each cycle. S2 asks for a depth of discharge above "
                    + "50 % as 'the foundation criterion'.",
            "seed-001-002 §5 W-LOWDOD, §3.1 A7, §2 F5 (S2 §2.1, §2.2)");

    public static final Issue PARTIAL_METAL_UTILISATION = new Issue("capacity.partial-metal-utilisation",
            Severity.INFO,
            "At most {0} of the {1} anode is used per cycle (1/(N/P)); S2 treats a depth of discharge above 50 % "
                    + "as the foundation criterion (seed-001-002 §5 W-LOWDOD).",
            "The evaluation framework's N/P under 5 allows a depth of discharge of only 20 %, so a design can meet "
                    + "the framework and still fall short of the 'high DOD (>50 %)' that S2 calls the foundation "
                    + "criterion; DOD above 50 % needs N/P below 2.",
            "seed-001-002 §5 W-LOWDOD, §1.2, §2 F5 (S2 §2.1, §2.2)");
}
