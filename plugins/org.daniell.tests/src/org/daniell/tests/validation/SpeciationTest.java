package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Speciation and selectivity (seed-000 §4.5 R-S1, R-S5). */
class SpeciationTest extends TopicTest {

    @Test
    void noblerCationCementsOnTheAnode() {
        String cell = """
                material CuSO4 : salt { formula CuSO4 }
                cell T : battery {
                    negative A { active Zn { mechanism plating stores Zn[2+] } }
                    positive C { active alpha_MnO2 }
                    electrolyte aqueous { solvent H2O salt ZnSO4 2 mol/L salt %s 0.1 mol/L }
                }
                """;
        // Cu2+/Cu 0.342 V is 1.1 V above Zn2+/Zn; Mg2+/Mg lies below it
        assertFires("speciation.noble-cation", cell.formatted("CuSO4"));
        assertSilent("speciation.noble-cation", cell.formatted("MgSO4"));
    }

    @Test
    void cadmiumIsohalogenPassesTheCementationScreen() {
        assertFalse(exampleCodes("multiion/CadmiumIsohalogen.echem").contains("speciation.noble-cation"));
    }

    @Test
    void bromineWithoutConfinementShuttles() {
        assertTrue(exampleCodes("zinc/ZnBr2.echem").contains("speciation.halogen-shuttle"));
        // the Zn-I2 pouch declares its single-atom catalyst host
        assertFalse(exampleCodes("zinc/ZnI2Pouch.echem").contains("speciation.halogen-shuttle"));
        String gel = exampleText("zinc/ZnBr2.echem").replace("electrolyte aqueous", "electrolyte hydrogel");
        assertSilent("speciation.halogen-shuttle", gel);
    }
}
