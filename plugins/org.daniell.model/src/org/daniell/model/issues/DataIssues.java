package org.daniell.model.issues;

/** Data hygiene of stated values. */
public final class DataIssues {

    public static final Issue WINDOW_WITHOUT_REFERENCE = new Issue("data.window-without-reference", Severity.WARNING,
            "The stability window {0} to {1} V does not say which reference electrode it is measured against; add "
                    + "''vs'' and the reference, e.g. ''vs {2}''.",
            "A potential is a difference to a reference electrode: 2.5 V vs Zn2+/Zn is 1.74 V vs SHE and 4.78 V vs "
                    + "Li+/Li. Without its reference a window cannot be compared with the electrodes' potentials.",
            "shared/domain/seed-000-multi-ion.md §4.9 R-D2; IUPAC Green Book, 3rd ed. (2007), §2.13");

    private DataIssues() {
    }
}
