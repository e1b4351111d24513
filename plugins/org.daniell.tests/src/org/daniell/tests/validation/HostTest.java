package org.daniell.tests.validation;

import org.junit.jupiter.api.Test;

/** Ion/host compatibility (seed-000 §4.4 R-H1, R-H2, R-H3, R-H4, R-H8). */
class HostTest extends TopicTest {

    private static String cell(String active, String ion, String electrolyte) {
        return """
                cell T : battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active %s { mechanism intercalation stores %s } }
                    electrolyte %s
                }
                """.formatted(active, ion, electrolyte);
    }

    private static final String ORGANIC = "organic { solvent DME salt MgTFSI2 0.5 mol/L }";
    private static final String WATER = "aqueous { solvent H2O salt NH4_2SO4 1 mol/L }";

    @Test
    void graphiteCannotHostMagnesium() {
        assertFires("host.graphite-magnesium", cell("Graphite", "Mg[2+]", ORGANIC));
        assertSilent("host.graphite-magnesium", cell("Graphite", "Li[+]", ORGANIC));
    }

    @Test
    void graphiteIsPoorForSodiumButHardCarbonIsFine() {
        assertFires("host.graphite-sodium-potassium", cell("Graphite", "Na[+]", ORGANIC));
        assertFires("host.graphite-sodium-potassium", cell("Graphite", "K[+]", ORGANIC));
        assertSilent("host.graphite-sodium-potassium", cell("HardCarbon", "Na[+]", ORGANIC));
    }

    @Test
    void layeredLithiumOxidesDoNotTakeMagnesium() {
        assertFires("host.layered-oxide-magnesium", cell("LiCoO2", "Mg[2+]", ORGANIC));
        assertSilent("host.layered-oxide-magnesium", cell("Mo6S8", "Mg[2+]", ORGANIC));
    }

    @Test
    void calciumPrefersPolyanionHosts() {
        assertFires("host.calcium-host", cell("LiCoO2", "Ca[2+]", ORGANIC));
        assertFires("host.calcium-host", cell("KFeMnHCF", "Ca[2+]", ORGANIC));
        assertSilent("host.calcium-host", cell("NVP", "Ca[2+]", ORGANIC));
    }

    @Test
    void ammoniumNeedsAKnownAqueousHost() {
        assertFires("host.ammonium-non-host", cell("LFP", "NH4[+]", WATER));
        assertSilent("host.ammonium-non-host", cell("alpha_MnO2", "NH4[+]", WATER));
        assertSilent("host.ammonium-non-host", cell("KFeMnHCF", "NH4[+]", WATER));
    }
}
