package org.daniell.model.issues;

/** Charge balance and concentration bookkeeping of each electrolyte (seed-000 §3.5, §4.1 R-E1). */
public final class ElectrolyteIssues {

    private ElectrolyteIssues() {
    }

    public static final Issue NOT_NEUTRAL = new Issue("electrolyte.not-neutral", Severity.ERROR,
            "''{0}'' is not neutral: its cations carry {1} and its anions {2} (Σ cᵢzᵢ = {3}).",
            "Every electrolyte compartment must be electrically neutral, Σ cᵢzᵢ = 0, counted from its salts (neutral "
                    + "formula units) and declared free ions. A charged solution cannot exist in bulk; an imbalance "
                    + "means a counter-ion or a concentration is missing or wrong.",
            "seed-000 §3.5; §4.1 R-E1");

    public static final Issue FREE_ION = new Issue("electrolyte.free-ion", Severity.ERROR,
            "{0} is declared as a free ion in ''{1}'' with no {2} to balance it; declare it as a salt with its "
                    + "counter-ion (e.g. a sulfate or chloride).",
            "A constituent whose formula carries a charge is a free ion. The electrolyte stays neutral only if an ion "
                    + "of the opposite sign is declared as well; the seed asks that additives such as 1 mM Cu²⁺ be "
                    + "given in a salt form before the balance can be checked.",
            "seed-000 §3.5 (ref 139); §4.1 R-E1");

    public static final Issue UNKNOWN_IONS = new Issue("electrolyte.unknown-ions", Severity.INFO,
            "Daniell cannot split {0} into ions of its ion table, so the charge balance of ''{1}'' leaves it out.",
            "The electrolyte balance splits each salt, acid and base into a cation and an anion of the ion table "
                    + "(ions.tsv). Double salts, complexes and materials without a formula cannot be split; declare "
                    + "their speciation (e.g. [Mg2Cl2][2+] and AlCl4[-]) to have them counted.",
            "seed-000 §3.5");

    public static final Issue MOLARITY_IMPLAUSIBLE = new Issue("electrolyte.molarity-implausible", Severity.WARNING,
            "{0} mol/L of {1} is more than a litre of solution can hold; a concentration this high is probably a "
                    + "molality ({0} mol/kg of solvent).",
            "Water-in-salt electrolytes are normally given in mol per kg of water (molality, m). Above about "
                    + "20 mol/L there is too little room left in a litre for the solvent (pure water is 55.5 mol/L), "
                    + "so a value like \"30 M ZnCl2\" is almost surely a molality written as a molarity. The two "
                    + "differ several-fold at these concentrations.",
            "seed-000 §3.5 (ref 203, inferred)");
}
