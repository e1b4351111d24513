package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Separators and membranes (seed-001-002 §3.4 S1, S4; seed-000 §4.7 R-M1, R-M2) and the add-separator fix. */
class SeparatorTest extends TopicTest {

    private static final String POUCH = """
            cell T : battery {
                format pouch
                negative A { active Zn { mechanism plating stores Zn[2+] } }
                positive C { active alpha_MnO2 }
                electrolyte %s { solvent H2O salt ZnSO4 2 mol/L %s }
            %s}
            """;

    @Test
    void aLiquidStackWithoutSeparatorWarnsAndTheFixAddsGlassFibre() {
        String text = POUCH.formatted("aqueous", "", "");
        assertFires("separator.missing", text);
        assertEquals(POUCH.formatted("aqueous", "", "    separator GlassFiber\n"), applyFix("separator.missing", text));
        assertSilent("separator.missing", POUCH.formatted("aqueous", "", "    separator GlassFiber\n"));
        assertSilent("separator.missing", POUCH.formatted("hydrogel", "", ""));
        assertTrue(exampleCodes("zinc/ZnI2Pouch.echem").contains("separator.missing"));
        assertFalse(exampleCodes("zinc/ZnMnO2Fig9c.echem").contains("separator.missing"));
    }

    @Test
    void glassFibreWithALeanElectrolyteWarns() {
        assertFires("separator.glass-fibre-lean",
                POUCH.formatted("aqueous", "amount 3 g/Ah", "    separator GlassFiber\n"));
        assertSilent("separator.glass-fibre-lean",
                POUCH.formatted("aqueous", "amount 10 g/Ah", "    separator GlassFiber\n"));
    }

    private static final String TWO_SIDES = """
            cell T : flow_battery {
                negative A { catalyst Pt }
                positive C { catalyst Pt }
                compartment Left { electrolyte aqueous { solvent H2O salt %s 1 mol/L } holds A }
                compartment Right { electrolyte aqueous { solvent H2O salt Na2SO4 1 mol/L } holds C }
                membrane M : %s between Left and Right%s
            }
            """;

    @Test
    void nafionCannotSeparateMonoFromMultivalentCations() {
        assertFires("separator.nafion-multivalent", TWO_SIDES.formatted("MgSO4", "cation_exchange of Nafion117", ""));
        assertSilent("separator.nafion-multivalent", TWO_SIDES.formatted("K2SO4", "cation_exchange of Nafion117", ""));
        assertFalse(exampleCodes("metalair/MgAirDualElectrolyte.echem").contains("separator.nafion-multivalent"));
    }

    @Test
    void singleIonCeramicsPassOnlyTheirIon() {
        assertFires("separator.single-ion-ceramic",
                TWO_SIDES.formatted("Na2SO4", "solid_electrolyte of LISICON", " { passes Na[+] }"));
        assertSilent("separator.single-ion-ceramic",
                TWO_SIDES.formatted("Na2SO4", "solid_electrolyte of NASICON", " { passes Na[+] }"));
    }
}
