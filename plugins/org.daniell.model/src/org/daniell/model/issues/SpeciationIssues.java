package org.daniell.model.issues;

/** Which ions plate, cement or shuttle (seed-000 §4.5). */
public final class SpeciationIssues {

    private SpeciationIssues() {
    }

    public static final Issue NOBLE_CATION = new Issue("speciation.noble-cation", Severity.WARNING,
            "{0} in the electrolyte ({1} V vs SHE) is nobler than the {2} anode ({3} V vs SHE) by more than {4} V: it "
                    + "plates first or cements onto the anode (seed-000 §4.5 R-S1).",
            "A cation whose couple lies above the anode metal's is reduced by that metal: it deposits spontaneously "
                    + "on the anode (cementation) and plates before the intended ion on charge.",
            "seed-000 §4.5 R-S1 (refs 52, 375, §3.1.4.3; the 0.1 V margin is inferred)");

    public static final Issue HALOGEN_SHUTTLE = new Issue("speciation.halogen-shuttle", Severity.WARNING,
            "The {0} cathode has no confinement (host, catalyst) and the cell no ion-selective separator or gel "
                    + "electrolyte: polyhalides will shuttle to the anode (seed-000 §4.5 R-S5).",
            "Soluble polyhalides (I₃⁻, Br₃⁻) diffuse to the anode and self-discharge the cell unless a microporous "
                    + "host, a catalyst, N-doping or an ion-selective separator or gel keeps them at the cathode.",
            "seed-000 §4.5 R-S5 (§3.2.2)");
}
