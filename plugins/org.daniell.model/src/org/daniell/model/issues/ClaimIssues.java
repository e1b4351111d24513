package org.daniell.model.issues;

/** Figures of merit a cell claims: basis, consistency with q·V̄, theoretical bounds and test conditions. */
public final class ClaimIssues {

    private static final String RD = "shared/domain/seed-000-multi-ion.md §4.9 ";

    public static final Issue BASIS_MISSING = new Issue("claim.basis-missing", Severity.WARNING,
            "The {0} claim of {1} does not say which mass or volume it refers to; add a basis (material, "
                    + "electrode_pair, electrodes, cell …).",
            "A specific energy of 43.1 Wh/kg \"based on the total mass of the cathode and anode\" is a different "
                    + "number from one per cell mass: the two differ by a factor of 2–5. Without its basis a specific "
                    + "figure cannot be compared.",
            RD + "R-D3; seed-001-002 §3.6 P1");

    public static final Issue ENERGY_INCONSISTENT = new Issue("claim.energy-inconsistent", Severity.WARNING,
            "The claimed {0} Wh/kg ({1} basis) differs by {2} % from q·V̄ = {3} Wh/kg on the same basis; is the "
                    + "basis right?",
            "Specific energy is capacity times average voltage on the same mass basis. A claimed energy more than 10 "
                    + "% away from q·V̄ usually means the energy and the capacity refer to different masses (e.g. "
                    + "143 mAh/g at 2.2 V gives 314 Wh/kg, not the 135 Wh/kg reported).",
            RD + "R-D4");

    public static final Issue CAPACITY_ABOVE_THEORETICAL = new Issue("claim.capacity-above-theoretical",
            Severity.WARNING,
            "The claimed {0} mAh/g exceeds the theoretical {1} mAh/g of {2}.",
            "A faradaic capacity cannot exceed n·F/(3.6·M) of the active material unless capacitive or "
                    + "pseudocapacitive storage adds to it (e.g. \"~990 mAh/g\" for Sn-air against 903 mAh/g for "
                    + "Sn → Sn4+). Declare that mechanism or check the number.",
            RD + "R-D5");

    public static final Issue CYCLING_INCOMPLETE = new Issue("claim.cycling-incomplete", Severity.WARNING,
            "The {0} claim does not state {1}.",
            "Cycle life depends on rate and temperature: 80 % after 1000 cycles at 10 C is a different result from "
                    + "the same at 0.1 C, or at 60 °C. A cycling claim needs the number of cycles, the rate (C, mA/g "
                    + "or mA/cm2) and the temperature, in the claim or in the cell's protocol.",
            RD + "R-D6");

    private ClaimIssues() {
    }
}
