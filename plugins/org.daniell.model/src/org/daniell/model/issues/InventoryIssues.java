package org.daniell.model.issues;

/** Ion inventory: what the electrodes take from or give to the electrolyte (seed-000 §3.2–§3.4, §4.1 R-E2..R-E6). */
public final class InventoryIssues {

    private InventoryIssues() {
    }

    public static final Issue SINGLE_ION = new Issue("inventory.single-ion", Severity.ERROR,
            "A {0} cell uses two or more ionic species on purpose, but its electrodes store only {1}.",
            "Hybrid, dual-ion, reverse dual-ion, multi-ion and hybrid-capacitor cells are defined by the use of at "
                    + "least two distinct ionic species as charge carriers. With one carrier the cell is a rocking-chair "
                    + "battery and should be declared as such, or the second carrier is missing from the spec.",
            "seed-000 §2.1; §4.1 R-E2");

    public static final Issue STORED_ION_ABSENT = new Issue("inventory.stored-ion-absent", Severity.ERROR,
            "''{0}'' stores {1}, but neither its electrolyte nor {2} contains {1}.",
            "An electrode can only take up an ion that is there: in the adjacent electrolyte, or in the electrode "
                    + "itself in its initial (assembled) state. Otherwise the charge-compensation chain of the "
                    + "electrode is not closed.",
            "seed-000 §3.2; §4.1 R-E3");

    public static final Issue SALT_AMOUNT_MISSING = new Issue("inventory.salt-amount-missing", Severity.WARNING,
            "This {0} cell {1} {2} g of {3} per Ah on charge, but its electrolyte has no amount, so Daniell cannot "
                    + "tell how far the salt concentration moves{4}.",
            "In dual-ion and accordion cells the salt is an active material: each electron of charge takes one "
                    + "cation and one anion out of the electrolyte (reverse dual-ion cells release them). The "
                    + "electrolyte amount (E/C) decides whether the salt lasts, and belongs in the cell's mass.",
            "seed-000 §3.2, §3.3; §4.1 R-E4, R-E5");

    public static final Issue SALT_DEPLETED = new Issue("inventory.salt-depleted", Severity.ERROR,
            "{0} would fall to {1} M at full charge ({2} M at assembly, E/C {3} µL/mAh): the cell runs out of salt "
                    + "before it is charged; it needs at least {4} µL/mAh.",
            "The salt consumed on charge is n = Q/(26.80·n_e). With the stated electrolyte volume per capacity the "
                    + "concentration at full charge is c₀ − n/V; below zero the charge cannot be completed.",
            "seed-000 §3.3; §4.1 R-E4");

    public static final Issue SALT_LOW = new Issue("inventory.salt-low", Severity.WARNING,
            "{0} falls to {1} M at full charge ({2} M at assembly, E/C {3} µL/mAh), below the {4} M the electrode "
                    + "reactions need; {5} µL/mAh would keep it there.",
            "Conductivity and interfacial kinetics collapse as the salt is depleted. The seed uses c_min = 0.5 M as a "
                    + "default lowest concentration at full charge.",
            "seed-000 §3.3; §4.1 R-E4 (c_min inferred)");

    public static final Issue SALT_ACCUMULATES = new Issue("inventory.salt-accumulates", Severity.INFO,
            "{0} rises from {1} M to {2} M at full charge; check that it stays below its solubility at the operating "
                    + "temperature.",
            "A reverse dual-ion cell releases one salt equivalent per electron of charge. Above its solubility the "
                    + "salt precipitates, which blocks pores and ends the charge.",
            "seed-000 §3.2; §4.1 R-E5");

    public static final Issue ION_SOURCE_MISSING = new Issue("inventory.ion-source-missing", Severity.WARNING,
            "''{0}'' is assembled {1}, so on the {2} the electrolyte must give {3} mmol {4} per Ah ({5}), but its "
                    + "{6} is not stated.",
            "In a Daniell-type dual-cation cell one electrode exchanges M1 and the other M2, so the electrolyte's "
                    + "cation mix shifts. A cathode assembled ion-free takes M1 from the electrolyte on the first "
                    + "discharge; one assembled ion-loaded releases M1 while the anode takes M2 from the electrolyte "
                    + "on the first charge. Either way n(ion) ≥ Q/(z·26.80) must be in the electrolyte.",
            "seed-000 §3.4; §4.1 R-E6; seed-001-002 §3 E7");

    public static final Issue ION_SOURCE_SHORT = new Issue("inventory.ion-source-short", Severity.ERROR,
            "On the {0} the electrolyte must give {1} µmol {2} per mAh, but {3} M at {4} µL/mAh holds only {5}; "
                    + "it needs at least {6} M.",
            "The ion the electrode takes on the first cycle has to come from the electrolyte: c · E/C (µmol/mAh) "
                    + "must reach 1000/(z·26.80), 18.66 µmol/mAh for Zn²⁺.",
            "seed-000 §3.4; §4.1 R-E6; seed-001-002 §3 E7 (F15b)");
}
