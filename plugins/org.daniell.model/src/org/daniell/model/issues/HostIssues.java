package org.daniell.model.issues;

/** Which ions a host structure can take (seed-000 §4.4). */
public final class HostIssues {

    private HostIssues() {
    }

    public static final Issue GRAPHITE_MAGNESIUM = new Issue("host.graphite-magnesium", Severity.ERROR,
            "Graphite {0} cannot host Mg2+: its desolvation energy exceeds 2 eV and the 3.35 Å layers repel it "
                    + "(seed-000 §4.4 R-H1).",
            "Mg²⁺ has a desolvation energy above 2 eV and feels strong electrostatic repulsion in graphite's narrow "
                    + "interlayer spacing (3.35 Å); its migration barrier there is 1.2 eV against 0.38 eV in a "
                    + "modified MXene.",
            "seed-000 §4.4 R-H1 (§3.1.4.1.2, ref 72)");

    public static final Issue GRAPHITE_SODIUM_POTASSIUM = new Issue("host.graphite-sodium-potassium",
            Severity.WARNING,
            "Graphite {0} is a poor host for {1}: its 0.335 nm interlayer spacing is too narrow; consider hard, soft "
                    + "or expanded carbon (seed-000 §4.4 R-H2).",
            "Graphite's ~0.335 nm interlayer spacing is suboptimal for Na⁺ and K⁺. Expanded carbons (0.378–0.428 nm), "
                    + "soft carbon or hard carbon host them better; Na⁺ in graphite needs ether co-intercalation.",
            "seed-000 §4.4 R-H2 (§4.1.1.2)");

    public static final Issue LAYERED_OXIDE_MAGNESIUM = new Issue("host.layered-oxide-magnesium", Severity.WARNING,
            "{0} is a layered lithium-ion oxide; these are largely incompatible with Mg2+ (poor mobility, limited "
                    + "reversibility) (seed-000 §4.4 R-H3).",
            "Conventional layered LIB oxides trap Mg²⁺; VO₂(B), Chevrel Mo₆S₈, Cu₃VS₄, chalcogenides and MXenes are "
                    + "the hosts that work.",
            "seed-000 §4.4 R-H3 (§3.1.4.1.1)");

    public static final Issue CALCIUM_HOST = new Issue("host.calcium-host", Severity.WARNING,
            "{0} is a {1}; its lattice changes volume strongly on Ca2+ insertion; NASICON or rigid polyanion hosts "
                    + "suit Ca2+ better (seed-000 §4.4 R-H4).",
            "Ca²⁺ has a large radius; layered oxides and Prussian blue analogues swell and degrade when it inserts, "
                    + "while NASICON-type polyanions change volume by about 1.4 %.",
            "seed-000 §4.4 R-H4 (§3.1.6.6, ref 196)");

    public static final Issue AMMONIUM_NON_HOST = new Issue("host.ammonium-non-host", Severity.WARNING,
            "{0} is not among the known aqueous NH4+ hosts (MnO2, Prussian blue analogues, vanadium oxides, "
                    + "PTCDI/PTCDA, MXene, MoS2) (seed-000 §4.4 R-H8).",
            "NH₄⁺ is stored through hydrogen bonding in open frameworks; the seed lists the hosts that work in water.",
            "seed-000 §4.4 R-H8");
}
