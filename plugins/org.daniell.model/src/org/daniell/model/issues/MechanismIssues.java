package org.daniell.model.issues;

/** Storage mechanisms a material declares, the elements they need, and capacities against theory. */
public final class MechanismIssues {

    private static final String S2 = "shared/domain/seed-003-004-high-entropy.md §2.2, §2.6 ";

    public static final Issue CONVERSION_NEEDS_ANION = new Issue("mechanism.conversion-needs-anion", Severity.ERROR,
            "{0} declares conversion but has no anion that converts (O, S, Se, Te, P or F).",
            "A conversion reaction M_aN_b + n X+ + n e- → a M + b X_kN breaks the metal–anion bonds and forms the "
                    + "carrier's oxide, sulfide, selenide, telluride, phosphide or fluoride; \"anion elements like P, "
                    + "S, O, Se, or Te is a prerequisite\" ([S3] §3.1; F from [S4] §3.1).",
            S2 + "M-01");

    public static final Issue CONVERSION_NEEDS_CATION = new Issue("mechanism.conversion-needs-cation", Severity.ERROR,
            "{0} declares conversion but has no cation that is reduced to the metal in conversion ({1}).",
            "Only some cations are reduced to the metal in a conversion reaction (Plane A of [S3] Fig. 6a: Si, Fe, "
                    + "Co, Ni, Cu, Zn, In, Sn, Mn, Ge, Ru, Bi, Sb, V, Cr); others such as Li and Mg stay ionic as "
                    + "inactive stabilisers.",
            S2 + "M-01");

    public static final Issue ALLOYING_NEEDS_HOST = new Issue("mechanism.alloying-needs-host", Severity.ERROR,
            "{0} declares alloying but contains no element that alloys with the carrier ({1}).",
            "Alkali ions alloy with metals and semimetals of groups IV and V and a few others (Plane B of [S3] Fig. "
                    + "6a: Sn, Bi, Sb, Zn, In, Ge, Si; P, Pb, Ga and Al as user-extended hosts).",
            S2 + "M-02");

    public static final Issue SPACE_CHARGE_NEEDS_METAL = new Issue("mechanism.space-charge-needs-metal",
            Severity.ERROR,
            "{0} declares space-charge storage but contains no Fe, Co or Ni.",
            "Space-charge storage puts electrons into the d orbitals of metallic Fe, Co or Ni nanoparticles formed "
                    + "by conversion, with the extra Li+ in the surrounding Li2O (Plane C of [S3] Fig. 6a).",
            S2 + "M-03");

    public static final Issue SPACE_CHARGE_NEEDS_CONVERSION = new Issue("mechanism.space-charge-needs-conversion",
            Severity.ERROR,
            "{0} declares space-charge storage without conversion; the metal nanoparticles it needs come from a "
                    + "conversion reaction.",
            "The space-charge layer forms at the interface between the metal and the lithium salt that a conversion "
                    + "reaction produces ([S3] §3.1 \"after conversion reaction\"), so it needs conversion and an "
                    + "anion.",
            S2 + "M-03; §7 E16");

    public static final Issue SPACE_CHARGE_IN_HEM = new Issue("mechanism.space-charge-in-hem", Severity.INFO,
            "{0} is a high-entropy material with space-charge storage, which has not yet been demonstrated in "
                    + "high-entropy materials.",
            "\"Investigations into the space-charge effect … remain unexplored in the realm of HEMs\" ([S3] §2.4): "
                    + "a claim of space-charge capacity in a high-entropy material is new and needs its own evidence "
                    + "(operando magnetometry, b-value of 1).",
            S2 + "M-05");

    public static final Issue CAPACITY_ABOVE_THEORETICAL = new Issue("mechanism.capacity-above-theoretical",
            Severity.ERROR,
            "{0}: the stated {1} mAh/g exceeds the theoretical {2} mAh/g of its declared mechanisms ({3}).",
            "Q_theo = n·F/(3.6·M), with n the electrons of full conversion (inactive Li and Mg excluded) plus "
                    + "alloying of every alloying element to its richest tabulated end phase. A reversible capacity "
                    + "above it needs a further mechanism (space charge, capacitive storage) or a wrong number.",
            S2 + "M-06, M-07; §2.4");

    public static final Issue CAPACITY_ABOVE_THEORETICAL_SPACE_CHARGE = new Issue(
            "mechanism.capacity-above-theoretical-space-charge", Severity.WARNING,
            "{0}: the stated {1} mAh/g exceeds the theoretical {2} mAh/g of conversion and alloying ({3}); the "
                    + "excess is attributed to space-charge storage, which has no stoichiometric bound.",
            "Conversion anodes often deliver more than their theoretical capacity, e.g. >1200 mAh/g reported for "
                    + "(LiFeZnNiCoMn)3O4 against 938–1000 mAh/g computed. With space charge declared the excess is "
                    + "plausible but should be shown (operando magnetometry, capacitive b-value).",
            S2 + "M-06");

    public static final Issue STABILISER_COUNTED = new Issue("mechanism.stabiliser-counted", Severity.WARNING,
            "{0} states {1} electrons per formula unit, more than the {2} of its declared mechanisms with {3} "
                    + "as inactive stabilisers; counting {3} as converting is disputed.",
            "In (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O and similar anodes, Li and Mg are usually inactive stabilisers that keep "
                    + "their charge ([S3] §3.1; [S4] ref 174); one study reports Mg2+ converting ([S4] ref 175). An "
                    + "electron count that needs them to convert relies on the disputed view.",
            S2 + "M-08");

    public static final Issue METAL_CAPACITY_ABOVE_THEORETICAL = new Issue(
            "mechanism.metal-capacity-above-theoretical", Severity.ERROR,
            "The stated {0} mAh/g of the {1} metal anode exceeds its theoretical {2} mAh/g ({1} → {1}{3}+).",
            "A metal anode cannot store more than z·F/(3.6·M): 819.9 mAh/g for Zn → Zn2+ ([S4] §1: \"820 mA h "
                    + "g-1\"), 3861 mAh/g for Li.",
            "shared/domain/seed-003-004-high-entropy.md §5.7 Z-03; seed-001-002 §2 F1");

    public static final Issue VANADIUM_CAPACITY = new Issue("mechanism.vanadium-capacity", Severity.WARNING,
            "{0}: {1} mAh/g for a vanadium-based cathode of an aqueous zinc cell is above the 300–400 mAh/g such "
                    + "cathodes deliver; check the mass basis.",
            "V-based aqueous zinc cathodes deliver 300–400 mAh/g at a low plateau of about 0.9 V ([S4] §3.4); a "
                    + "higher value usually comes from a smaller mass basis or from capacity of another component.",
            "shared/domain/seed-003-004-high-entropy.md §5.7 Z-06");

    private MechanismIssues() {
    }
}
