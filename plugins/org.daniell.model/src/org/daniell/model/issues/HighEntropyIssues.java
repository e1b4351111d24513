package org.daniell.model.issues;

/** The entropy class and the composition definition of high-entropy materials (seed-003-004 §1, §8). */
public final class HighEntropyIssues {

    private static final String S1 = "shared/domain/seed-003-004-high-entropy.md §1.1, §1.2, §8 ";

    public static final Issue CLASS_MISMATCH = new Issue("entropy.class-mismatch", Severity.WARNING,
            "{0} is declared {1} entropy, but its configurational entropy is {2}R ({3} J/(mol·K)), which is {4} "
                    + "entropy.",
            "S_config = −R Σ x ln x, with the fractions normalised per mixing site and the site terms summed "
                    + "([S4] eqns (1), (2)). Above 1.5R a material is high entropy, from 1.0R to 1.5R medium, below "
                    + "1.0R low ([S4] §2, ref 67). Papers use the label loosely, so the class is computed, not "
                    + "trusted.",
            S1 + "H-01");

    public static final Issue PRINCIPAL_ELEMENTS = new Issue("entropy.principal-elements", Severity.WARNING,
            "{0} is declared high entropy, but no mixing site has five or more elements between 5 and 35 at% ({1}).",
            "The composition definition of a high-entropy material asks for five or more principal elements, each "
                    + "between 5 and 35 at% of its mixing site ([S3] §1, [S4] §2). It is reported separately from the "
                    + "entropy class because the two definitions can disagree.",
            S1 + "H-02");

    public static final Issue DEFINITIONS_DISAGREE = new Issue("entropy.definitions-disagree", Severity.INFO,
            "For {0} the two definitions of high entropy disagree: {1}.",
            "Five elements at 35/35/10/10/10 % satisfy the 5–35 at% definition but give S = 1.426R, below the 1.5R "
                    + "entropy threshold; conversely a site with a dominant element can exceed 1.5R. Both verdicts are "
                    + "reported so a reader can apply the definition their field uses.",
            S1 + "H-02; §7 E15");

    public static final Issue NO_MIXING_SITE = new Issue("entropy.no-mixing-site", Severity.WARNING,
            "{0} is declared {1} entropy, but its formula shows no mixing site; write the atoms that share a site as "
                    + "a group, e.g. (InGeSi)3P3 or (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O.",
            "The configurational entropy is computed over the mixing sites a formula shows: a parenthesised group or "
                    + "a run of fractional amounts. A formula written with whole-number amounts only reads as an "
                    + "ordered compound, whose configurational entropy is zero.",
            S1 + "H-01; §1.4");

    private HighEntropyIssues() {
    }
}
