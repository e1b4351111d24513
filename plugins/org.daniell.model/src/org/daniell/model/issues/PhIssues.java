package org.daniell.model.issues;

/** pH compatibility of electrodes and electrolytes (seed-000 §4.3). */
public final class PhIssues {

    private PhIssues() {
    }

    public static final Issue ACIDIC_ZINC = new Issue("ph.acidic-zinc", Severity.WARNING,
            "Zinc metal sits in an electrolyte at pH {0}, below {1}: zinc corrodes rapidly in acid; consider a "
                    + "pH-decoupled design (seed-000 §4.3 R-P1).",
            "Metallic Zn corrodes rapidly in acid and deposits smoothly only in neutral to alkaline media, while "
                    + "MnO₂ prefers mildly acidic electrolytes; decoupled compartments give each electrode its pH.",
            "seed-000 §4.3 R-P1 (§3.1.6.1; pH cut inferred)");

    public static final Issue ALKALINE_HALOGEN = new Issue("ph.alkaline-halogen", Severity.ERROR,
            "The halogen cathode {0} sits in an electrolyte at pH {1}, above {2}: halogens disproportionate in strong "
                    + "alkali (seed-000 §4.3 R-P2).",
            "I₂, Br₂ and Cl₂ disproportionate to halide and hypohalite/halate in strongly alkaline solution, so the "
                    + "charged cathode is lost chemically.",
            "seed-000 §4.3 R-P2 (§3.2.2; pH cut inferred)");

    public static final Issue BOROHYDRIDE_NOT_ALKALINE = new Issue("ph.borohydride-not-alkaline", Severity.ERROR,
            "Borohydride {0} is fed into a compartment that is not alkaline; BH4- hydrolyses to hydrogen in neutral and "
                    + "acidic solution (seed-000 §4.3 R-P3).",
            "Borohydride is stable only in strong alkali; elsewhere it hydrolyses and releases its hydrogen before "
                    + "it can be oxidised at the anode.",
            "seed-000 §4.3 R-P3 (§5.1.3)");

    public static final Issue SPINEL_MANGANATE_AQUEOUS = new Issue("ph.spinel-manganate-aqueous", Severity.WARNING,
            "{0} (LiMn2O4 spinel) in a water-based electrolyte dissolves and passivates the zinc anode; the working "
                    + "designs separate the phases (seed-000 §4.3 R-P4).",
            "LiMn₂O₄ in aqueous or alkaline media suffers cathode dissolution and zinc anode passivation; a "
                    + "phase-separated electrolyte avoids it.",
            "seed-000 §4.3 R-P4 (§3.1.6.2, ref 110)");

    public static final Issue ALUMINIUM_HYDROLYSIS = new Issue("ph.aluminium-hydrolysis", Severity.WARNING,
            "Al3+ in water hydrolyses to Al(OH)3 and H+, consuming the active species; no coordinating additive such "
                    + "as urea is declared (seed-000 §4.3 R-P6).",
            "Hydrated Al³⁺ is a strong acid: it hydrolyses to Al(OH)₃ and releases protons. Urea coordination "
                    + "(AUHEE) keeps it in solution.",
            "seed-000 §4.3 R-P6 (§3.1.6.7)");
}
