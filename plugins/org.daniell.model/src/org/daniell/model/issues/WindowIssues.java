package org.daniell.model.issues;

/** Electrochemical stability windows: water splitting, declared windows and anion hosts (seed-000 §4.2). */
public final class WindowIssues {

    private WindowIssues() {
    }

    public static final Issue AQUEOUS_VOLTAGE = new Issue("window.aqueous-voltage", Severity.WARNING,
            "The cell runs at {0} V in a plain aqueous electrolyte, above the 1.23 V thermodynamic window of water, and "
                    + "declares no window-widening strategy (water-in-salt, hydrogel, concentrated or pH-decoupled "
                    + "electrolyte) (seed-000 §4.2 R-W1).",
            "Water splits at 1.23 V between hydrogen and oxygen evolution. Aqueous cells above that voltage work only "
                    + "thanks to overpotentials or a strategy that lowers the activity of water (water-in-salt, "
                    + "molecular crowding, hydrogel) or decouples the pH of the two electrodes. An electrolyte whose "
                    + "own window is declared is checked against that window instead (window.outside-declared).",
            "seed-000 §4.2 R-W1; seed-003-004 §5.7 Z-01");

    public static final Issue OUTSIDE_DECLARED = new Issue("window.outside-declared", Severity.WARNING,
            "The {0} electrode works at {1} V vs SHE, outside the electrolyte''s declared window {2} to {3} V vs SHE "
                    + "(seed-000 §4.2 R-W2).",
            "An electrode potential outside the electrolyte's electrochemical stability window decomposes the "
                    + "electrolyte on every cycle: reduction below its lower edge, oxidation above its upper edge.",
            "seed-000 §4.2 R-W2");

    public static final Issue REACTIVE_METAL_IN_WATER = new Issue("window.reactive-metal-in-water", Severity.ERROR,
            "{0} plates at {1} V vs SHE, below the {2} V limit for a rechargeable aqueous cell: hydrogen evolution "
                    + "wins over plating; use a non-aqueous electrolyte (seed-000 §4.2 R-W3).",
            "Metals whose couple lies far below the hydrogen evolution potential (Al −1.68 V, Mg −2.37 V, Ca −2.87 V) "
                    + "corrode and evolve hydrogen in water instead of plating back, so they cannot be recharged there. "
                    + "Primary metal–air, metal–water and metal–H2O2 cells use them on purpose.",
            "seed-000 §4.2 R-W3 (the −1.0 V cut is inferred; Al §3.1.2.2, Ca §3.1.6.6)");

    public static final Issue PRIMARY_SELF_CORROSION = new Issue("window.primary-self-corrosion", Severity.INFO,
            "{0} ({1} V vs SHE) sits below hydrogen evolution in water: this primary cell loses part of its metal "
                    + "to self-corrosion and hydrogen evolution; report that loss (seed-000 §4.2 R-W3).",
            "Primary metal–air, metal–water and metal–H2O2 cells dissolve reactive metals in water deliberately, but "
                    + "the parasitic hydrogen evolution consumes metal without delivering charge (Fe–air: up to 30 % "
                    + "of the stored energy).",
            "seed-000 §4.2 R-W3 (ref 503, §5.3.7)");

    public static final Issue ZINC_HYDROGEN_EVOLUTION = new Issue("window.zinc-hydrogen-evolution", Severity.WARNING,
            "The zinc anode ({0} V vs SHE) lies below hydrogen evolution in a plain aqueous electrolyte and no "
                    + "mitigation is declared (additive, concentrated or hydrogel electrolyte) (seed-003-004 §5.7 Z-02).",
            "E°(Zn²⁺/Zn) = −0.76 V vs SHE lies below the H⁺/H₂ potential at any pH, so hydrogen evolution and "
                    + "corrosion are spontaneous on zinc; zinc works only because HER on it is slow. An additive, "
                    + "a concentrated electrolyte or a coating is the usual mitigation. A declared electrolyte window "
                    + "that includes the zinc potential is taken as the author's statement that HER is suppressed.",
            "seed-003-004 §5.7 Z-02; seed-000 §4.2 R-W3");

    public static final Issue OXYGEN_EVOLUTION = new Issue("window.oxygen-evolution", Severity.WARNING,
            "The positive electrode reaches {0} V vs SHE, above oxygen evolution at pH {1} ({2} V vs SHE), in a plain "
                    + "aqueous electrolyte (seed-000 §4.2 R-W4).",
            "Above E(OER) = 1.229 − 0.0592·pH V vs SHE water oxidises to oxygen at the positive electrode; without a "
                    + "window-widening strategy or a declared wider window, part of every charge goes into gas.",
            "seed-000 §4.2 R-W4");

    public static final Issue ANION_HOST_WINDOW = new Issue("window.anion-host-window", Severity.ERROR,
            "The anion-intercalation cathode reaches {0} V vs SHE but the electrolyte is stable only to {1} V vs SHE "
                    + "(seed-000 §4.2 R-W5).",
            "Anion intercalation into graphite happens at 4.5–5.0 V vs Li⁺/Li; the electrolyte must be stable to the "
                    + "charge cut-off or it oxidises instead of the graphite being charged.",
            "seed-000 §4.2 R-W5 (§3.2.1.1, ref 176)");

    public static final Issue ANION_HOST_WINDOW_UNKNOWN = new Issue("window.anion-host-window-unknown", Severity.WARNING,
            "The anion-intercalation cathode needs an electrolyte stable to about {0} V vs {1} ({2} V vs SHE; 4.5 V vs "
                    + "Li+/Li unless a charge cut-off is given); declare the electrolyte''s window to show it is "
                    + "(seed-000 §4.2 R-W5).",
            "Anion intercalation into graphite runs at 4.5–5.0 V vs Li⁺/Li, beyond most electrolytes; a dual-ion design "
                    + "must state that its electrolyte's window reaches the charge cut-off.",
            "seed-000 §4.2 R-W5");

    public static final Issue DILUTE_AQUEOUS_ANION_HOST = new Issue("window.dilute-aqueous-anion-host",
            Severity.WARNING,
            "Anions intercalate into the carbon cathode from a plain aqueous electrolyte; this works only with a "
                    + "water-in-salt or bisalt electrolyte (seed-000 §4.2 R-W6).",
            "Anion intercalation into graphite needs potentials where dilute water oxidises; the aqueous dual-ion "
                    + "cells in the literature use ZnCl₂ water-in-salt, water-in-bisalt or supersaturated electrolytes.",
            "seed-000 §4.2 R-W6 (refs 202, 204, 207, 208)");

    public static final Issue MULTIVALENT_ANION_GRAPHITE = new Issue("window.multivalent-anion-graphite",
            Severity.WARNING,
            "{0} (charge {1}) is to intercalate into graphite; anions of charge −3 or below interact too strongly with "
                    + "the layers to move (seed-000 §4.2 R-W7).",
            "Phosphate failed as the intercalating anion in a Zn–graphite dual-ion cell because of strong electrostatic "
                    + "interactions that impeded ion mobility; perchlorate and sulfate work.",
            "seed-000 §4.2 R-W7 (ref 207)");

    public static final Issue ZINC_CUTOFF_DILUTE = new Issue("window.zinc-cutoff-dilute", Severity.WARNING,
            "The positive electrode reaches {0} V vs Zn2+/Zn, above the 1.8 V used with dilute aqueous electrolytes "
                    + "(seed-001-002 §3.3 E17).",
            "1.8 V vs Zn is the upper bound used for MnO₂-type cells in 2 M ZnSO₄; beyond it a dilute aqueous "
                    + "electrolyte evolves oxygen. 2.1 V appears only with 4 m Zn(OTf)₂ or a water–PC hybrid.",
            "seed-001-002 §3.3 E17 (S1 Fig. 5c; threshold inferred)");

    public static final Issue ZINC_CUTOFF_AQUEOUS = new Issue("window.zinc-cutoff-aqueous", Severity.ERROR,
            "The positive electrode reaches {0} V vs Zn2+/Zn, above 2.1 V, beyond every aqueous window in the seeds "
                    + "(seed-001-002 §3.3 E18).",
            "No aqueous zinc electrolyte in the seeds, concentrated or hybrid, is operated above 2.1 V vs Zn²⁺/Zn.",
            "seed-001-002 §3.3 E18 (inferred)");
}
