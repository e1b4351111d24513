package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** pH rules (seed-000 §4.3 R-P1, R-P2, R-P3, R-P4, R-P6). */
class PhTest extends TopicTest {

    @Test
    void zincInAcidWarns() {
        String cell = """
                cell T : battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active alpha_MnO2 }
                    electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L pH %s }
                }
                """;
        assertFires("ph.acidic-zinc", cell.formatted("3"));
        assertSilent("ph.acidic-zinc", cell.formatted("4.5"));
    }

    @Test
    void halogenCathodeInStrongAlkaliIsAnError() {
        String cell = """
                cell T : metal_halogen {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active I2 catalyst Pt }
                    electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L pH %s }
                }
                """;
        assertFires("ph.alkaline-halogen", cell.formatted("13"));
        assertSilent("ph.alkaline-halogen", cell.formatted("5"));
        // halogens in strong acid are allowed (seed-000 §8 Cd isohalogen fixture)
        assertFalse(exampleCodes("multiion/CadmiumIsohalogen.echem").contains("ph.alkaline-halogen"));
    }

    @Test
    void borohydrideNeedsAnAlkalineCompartment() {
        String cell = """
                cell T : fuel_cell {
                    anode A { catalyst Pt }
                    cathode C { catalyst Pt }
                    compartment Fuel {
                        electrolyte aqueous { solvent H2O %s }
                        holds A
                        feed fuel NaBH4 solution
                    }
                }
                """;
        assertFires("ph.borohydride-not-alkaline", cell.formatted("acid H2SO4 1 mol/L"));
        assertFires("ph.borohydride-not-alkaline", cell.formatted("salt Na2SO4 1 mol/L pH 7"));
        assertSilent("ph.borohydride-not-alkaline", cell.formatted("base NaOH 2 mol/L"));
    }

    @Test
    void spinelManganateInWaterWarns() {
        String cell = """
                cell T : hybrid_battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active %s }
                    electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L salt LiCl 2 mol/L }
                }
                """;
        assertFires("ph.spinel-manganate-aqueous", cell.formatted("LMO"));
        assertSilent("ph.spinel-manganate-aqueous", cell.formatted("LFP"));
    }

    @Test
    void aluminiumSaltsHydrolyseUnlessUreaCoordinatesThem() {
        String cell = """
                material Urea : additive { formula CH4N2O }
                cell T : battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active alpha_MnO2 }
                    electrolyte aqueous { solvent H2O salt AlCl3 1 mol/L %s }
                }
                """;
        assertFires("ph.aluminium-hydrolysis", cell.formatted(""));
        assertSilent("ph.aluminium-hydrolysis", cell.formatted("additive Urea 1 mol/L"));
    }
}
