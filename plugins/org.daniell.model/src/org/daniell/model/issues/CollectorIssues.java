package org.daniell.model.issues;

/** Current collectors that corrode or react at their electrode's potential (seed-000 §4.6, seed-001-002 §3.4). */
public final class CollectorIssues {

    private CollectorIssues() {
    }

    public static final Issue CHLORIDE_CORROSION = new Issue("collector.chloride-corrosion", Severity.WARNING,
            "The positive collector {0} corrodes in a chloride-containing electrolyte; use Mo, Ta, Ti, Pt or carbon "
                    + "(seed-000 §4.6 R-C1).",
            "Chloride breaks the passive film on Al, stainless steel, Cu and Ni at positive potentials; Mo, Ta, Ti, "
                    + "Pt and carbon resist it (Mo for VO₂ in APC/LiCl, Ta in a 3.0 V Mg–K cell).",
            "seed-000 §4.6 R-C1 (refs 65, 80, 194; list inferred)");

    public static final Issue ALUMINIUM_IMIDE = new Issue("collector.aluminium-imide", Severity.WARNING,
            "The Al collector of the positive electrode reaches {0} V vs Li+/Li with an imide salt (TFSI-/FSI-); Al "
                    + "pits above {1} V (seed-000 §4.6 R-C2).",
            "TFSI⁻ and FSI⁻ do not passivate aluminium as PF₆⁻ and BF₄⁻ do; above about 3.8 V vs Li⁺/Li the Al foil "
                    + "dissolves by pitting.",
            "seed-000 §4.6 R-C2 (ext)");

    public static final Issue COPPER_POSITIVE = new Issue("collector.copper-positive", Severity.ERROR,
            "The Cu collector of the positive electrode reaches {0} V vs {1}, above {2} V where copper oxidises "
                    + "(seed-000 §4.6 R-C3; seed-001-002 §3.4 S5).",
            "Cu/Cu²⁺ lies at 0.34 V vs SHE (1.10 V vs Zn²⁺/Zn, 3.38 V vs Li⁺/Li): a copper collector at a higher "
                    + "potential dissolves.",
            "seed-000 §4.6 R-C3 (ext); seed-001-002 §3.4 S5 (inferred)");

    public static final Issue ALUMINIUM_NEGATIVE_LITHIUM = new Issue("collector.aluminium-negative-lithium",
            Severity.ERROR,
            "The negative electrode stores Li+ on an Al collector; aluminium alloys with lithium at low potential "
                    + "(seed-000 §4.6 R-C4).",
            "Al forms LiAl at the potentials of a lithium-ion negative electrode; the collector is consumed unless the "
                    + "foil is meant as the anode itself (Al–graphite dual-ion cells). Na⁺ and K⁺ do not alloy with Al.",
            "seed-000 §4.6 R-C4 (ref 212)");

    public static final Issue NICKEL_IN_ACID = new Issue("collector.nickel-in-acid", Severity.WARNING,
            "The nickel collector of {0} sits in an acidic electrolyte where nickel corrodes; use titanium "
                    + "(seed-000 §4.6 R-C6).",
            "Ni and Ni/C supports are corrosion-prone in 1 M H₂SO₄/H₂O₂; titanium foam carries the catalyst instead.",
            "seed-000 §4.6 R-C6 (ref 538)");
}
