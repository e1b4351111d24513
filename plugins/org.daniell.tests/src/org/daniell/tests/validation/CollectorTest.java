package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Current collectors (seed-000 §4.6 R-C1..R-C4, R-C6; seed-001-002 §3.4 S5) and their quick fixes. */
class CollectorTest extends TopicTest {

    @Test
    void molybdenumPassesInTheChlorideMagnesiumHybrid() {
        assertFalse(exampleCodes("multivalent/MgLiVO2Hybrid.echem").contains("collector.chloride-corrosion"));
    }

    @Test
    void aluminiumOrSteelInChlorideWarnsAndTheFixSwapsToTitanium() {
        String text = exampleText("multivalent/MgLiVO2Hybrid.echem");
        String aluminium = text.replace("collector Mo\n", "collector Al\n");
        assertFires("collector.chloride-corrosion", aluminium);
        assertFires("collector.chloride-corrosion", text.replace("collector Mo\n", "collector StainlessSteel316\n"));
        assertEquals(text.replace("collector Mo\n", "collector Ti\n"),
                applyFix("collector.chloride-corrosion", aluminium));
    }

    @Test
    void aluminiumWithImideSaltAtHighPotentialWarns() {
        String cell = """
                cell T : battery {
                    negative A { active Li { mechanism plating stores Li[+] } }
                    positive C { active NMC811 collector Al foil potential 4.2 V vs Li+/Li }
                    electrolyte organic { solvent EC salt %s 1 mol/L }
                }
                """;
        assertFires("collector.aluminium-imide", cell.formatted("LiTFSI"));
        assertFires("collector.aluminium-imide", cell.formatted("LiFSI"));
        assertSilent("collector.aluminium-imide", cell.formatted("LiPF6"));
    }

    private static final String ZINC_ON_COPPER = """
            cell T : battery {
                negative A { active Zn { mechanism plating stores Zn[2+] } }
                positive C {
                    active alpha_MnO2
                    collector Cu foil
                    potential %s V vs Zn[2+]/Zn
                }
                electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L }
            }
            """;

    @Test
    void copperAtThePositiveOfAZincCellIsAnErrorFixedWithTitanium() {
        String text = ZINC_ON_COPPER.formatted("1.3");
        assertFires("collector.copper-positive", text);
        assertSilent("collector.copper-positive", ZINC_ON_COPPER.formatted("1.0"));
        assertEquals(text.replace("collector Cu foil", "collector Ti foil"),
                applyFix("collector.copper-positive", text));
    }

    @Test
    void copperAtTheLithiumIonPositiveIsFixedWithAluminium() {
        String cell = """
                cell T : battery {
                    negative A { active Graphite collector Cu foil }
                    positive C { active NMC811 collector Cu foil potential %s V vs Li+/Li }
                    electrolyte organic { solvent EC salt LiPF6 1 mol/L }
                }
                """;
        String text = cell.formatted("3.7");
        assertFires("collector.copper-positive", text);
        assertSilent("collector.copper-positive", cell.formatted("3.0"));
        String fixed = applyFix("collector.copper-positive", text);
        assertEquals(text.replace("active NMC811 collector Cu foil", "active NMC811 collector Al foil"), fixed);
    }

    @Test
    void aluminiumUnderALithiumIonNegativeIsAnErrorFixedWithCopper() {
        String text = """
                cell T : battery {
                    negative A { active Graphite collector Al foil }
                    positive C { active NMC811 collector Al foil }
                    electrolyte organic { solvent EC salt LiPF6 1 mol/L }
                }
                """;
        assertFires("collector.aluminium-negative-lithium", text);
        assertEquals(text.replace("active Graphite collector Al foil", "active Graphite collector Cu foil"),
                applyFix("collector.aluminium-negative-lithium", text));
        assertFalse(exampleCodes("lithium/NmcGraphite.echem").contains("collector.aluminium-negative-lithium"));
        // with Na+ aluminium is fine
        assertSilent("collector.aluminium-negative-lithium", """
                cell T : battery {
                    negative A { active HardCarbon collector Al foil }
                    positive C { active NVP collector Al foil }
                    electrolyte organic { solvent EC salt NaPF6 1 mol/L }
                }
                """);
    }

    @Test
    void nickelInAcidWarnsAndTheFixSwapsToTitanium() {
        String cell = """
                cell T : metal_h2o2 {
                    anode A { active Mg }
                    cathode C { catalyst Pt collector Ni foam }
                    electrolyte aqueous { solvent H2O %s }
                }
                """;
        String text = cell.formatted("acid H2SO4 1 mol/L");
        assertFires("collector.nickel-in-acid", text);
        assertSilent("collector.nickel-in-acid", cell.formatted("base KOH 6 mol/L"));
        assertEquals(text.replace("collector Ni foam", "collector Ti foam"), applyFix("collector.nickel-in-acid", text));
    }
}
