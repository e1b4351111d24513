package org.daniell.model.issues;

/** Compartments and membranes of pH-decoupled and flow cells (seed-000 §3.8, §4.1 R-E7, R-E8). */
public final class CompartmentIssues {

    private CompartmentIssues() {
    }

    public static final Issue ACID_AND_BASE = new Issue("compartment.acid-and-base", Severity.ERROR,
            "''{0}'' holds both the acid {1} and the base {2}; they neutralise each other (H⁺ + OH⁻ → H₂O).",
            "Acid-alkali cells gain their extra voltage from keeping the acid and the base apart. In one compartment "
                    + "they neutralise at once and the pH gradient, and the energy it stores, is lost.",
            "seed-000 §3.8; §4.1 R-E7");

    public static final Issue POROUS_ACID_BASE = new Issue("compartment.porous-acid-base", Severity.ERROR,
            "The acid in ''{0}'' and the base in ''{1}'' are joined only by the {2} membrane ''{3}''; they neutralise "
                    + "across it.",
            "A porous or size-exclusion separator lets H⁺ and OH⁻ through, so an acid and a base on its two sides mix "
                    + "and neutralise. Use ion-exchange or bipolar membranes, or a middle chamber.",
            "seed-000 §3.8; §4.1 R-E7");

    public static final Issue NOT_CONNECTED = new Issue("compartment.not-connected", Severity.WARNING,
            "No membrane joins ''{0}'' (negative electrode) and ''{1}'' (positive electrode); one equivalent of ions "
                    + "per electron must cross between them to keep both neutral.",
            "On discharge the compartment of the negative electrode gains positive charge and that of the positive "
                    + "electrode loses it. Ions must cross between them through a membrane or separator; the spec "
                    + "should say which one, and with acid and base on the two sides it must not be porous.",
            "seed-000 §3.8; §4.1 R-E7, R-E8");

    public static final Issue ACID_BASE_AMOUNT_MISSING = new Issue("compartment.acid-base-amount-missing",
            Severity.WARNING,
            "''{0}'' consumes {1} {2} per electron in ''{3}'' ({4} mmol per Ah{5}); state its concentration and the "
                    + "compartment volume (tank) to bound the capacity.",
            "In a pH-decoupled cell the half-reactions use up the acid and the base: Q_max = 26.80 · n(OH⁻)/ν_OH on "
                    + "the alkaline side and 26.80 · n(H⁺)/ν_H on the acidic side. Without amounts the inventory limit "
                    + "cannot be checked.",
            "seed-000 §3.8; §4.1 R-E7");

    public static final Issue ACID_BASE_SHORT = new Issue("compartment.acid-base-short", Severity.ERROR,
            "The {0} in ''{1}'' supports only {2} mAh, less than the cell''s {3} mAh.",
            "Each electron of discharge consumes ν H⁺ or OH⁻ in the electrode's compartment; the stated amount runs "
                    + "out before the stated capacity is delivered.",
            "seed-000 §3.8; §4.1 R-E7");

    public static final Issue FLUX = new Issue("membrane.flux", Severity.INFO,
            "On discharge {0} cross ''{1}''; on charge {2}.",
            "Electroneutrality fixes which ions must cross each membrane: one equivalent per electron from the "
                    + "negative side to the positive side (cations) or back (anions). The direction follows from the "
                    + "half-reactions, not from what a paper's text says.",
            "seed-000 §3.8; §4.1 R-E8");

    public static final Issue FLUX_BLOCKED = new Issue("membrane.flux-blocked", Severity.ERROR,
            "On discharge ''{0}'' must let {1} from ''{2}'' through to keep the compartments neutral, but it passes "
                    + "only {3}.",
            "A cation-exchange membrane passes cations, an anion-exchange membrane anions, LISICON only Li⁺, NASICON "
                    + "only Na⁺. If none of the ions that must cross can pass, the compartments charge up and the "
                    + "current stops.",
            "seed-000 §3.8; §4.1 R-E8");

    public static final Issue BIPOLAR_JUNCTION = new Issue("membrane.bipolar-junction", Severity.WARNING,
            "Current crosses the bipolar membrane ''{0}'' only by water dissociation ({1}), which costs about the "
                    + "0.83 V the acid-alkali pH gradient gains; state its orientation and do not count the ENE "
                    + "gain twice.",
            "An ideal bipolar membrane blocks the salt ions. On discharge of an acid-alkali cell the current then "
                    + "needs water dissociation at the junction (OH⁻ into the base, H⁺ into the acid), which costs "
                    + "about the electrochemical neutralisation energy, or salt ions leak into the junction.",
            "seed-000 §3.8; §4.1 R-E8; §4.7 R-M3");

    public static final Issue PASSES_WRONG_SIGN = new Issue("membrane.passes-wrong-sign", Severity.WARNING,
            "''{0}'' is a {1} membrane but is said to pass {2}.",
            "Cation-exchange membranes carry fixed negative charges and pass cations; anion-exchange membranes pass "
                    + "anions. A listed ion of the other sign is either a typo or a leak worth stating separately.",
            "seed-000 §4.1 R-E8");
}
