package org.daniell.model.issues;

/** Operating temperature against the electrolyte's working range (seed-000 §4.8, seed-003-004 §5.7). */
public final class TemperatureIssues {

    private TemperatureIssues() {
    }

    public static final Issue SOFC_RANGE = new Issue("temperature.sofc-range", Severity.WARNING,
            "The ceramic electrolyte conducts {0}, which needs {1}–{2} °C; the cell runs at {3} °C "
                    + "(seed-000 §4.8 R-T1).",
            "Oxide-ion conductors need 600–1000 °C (typically above 700 °C); proton-conducting BZCY works at "
                    + "400–700 °C; outside these the ceramic conducts too little or degrades.",
            "seed-000 §4.8 R-T1 (§5, §5.2)");

    public static final Issue MOLTEN_SALT_FROZEN = new Issue("temperature.molten-salt-frozen", Severity.ERROR,
            "The NaAlCl4 melt needs more than {0} °C; the cell runs at {1} °C (seed-000 §4.8 R-T2).",
            "Molten NaAlCl₄ of Na–Cl₂ cells freezes near 150 °C; below that it does not conduct.",
            "seed-000 §4.8 R-T2 (§3.2.2.2.1)");

    public static final Issue AQUEOUS_FREEZING = new Issue("temperature.aqueous-freezing", Severity.WARNING,
            "The cell is to work at {0} °C with a plain aqueous electrolyte and no antifreeze or high-entropy strategy: "
                    + "it freezes (seed-003-004 §5.7 Z-10).",
            "Dilute aqueous electrolytes freeze near 0 °C; concentrated, high-entropy or antifreeze electrolytes reach "
                    + "−70 °C (Li₂ZnCl₄·9H₂O) and −80 °C (ClO₄⁻ type).",
            "seed-003-004 §5.7 Z-10 (ref 228)");
}
