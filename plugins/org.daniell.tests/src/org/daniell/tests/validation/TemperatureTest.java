package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Temperature (seed-000 §4.8 R-T1, R-T2; seed-003-004 §5.7 Z-10). */
class TemperatureTest extends TopicTest {

    @Test
    void protonicCeramicAt750DegreesIsAboveTheProtonConductorRange() {
        // 1023 K = 750 °C: above the H-SOFC (BZCY) range 400-700 °C (the example's expected note)
        assertTrue(exampleCodes("fuelcell/ProtonicCeramicFuelCell.echem").contains("temperature.sofc-range"));
        String cooler = exampleText("fuelcell/ProtonicCeramicFuelCell.echem").replace("temperature 1023 K\n",
                "temperature 650 °C\n");
        assertSilent("temperature.sofc-range", cooler);
        String oxide = exampleText("fuelcell/ProtonicCeramicFuelCell.echem").replace("passes H[+]", "passes O[2-]");
        assertSilent("temperature.sofc-range", oxide);
    }

    @Test
    void moltenChloroaluminateFreezesBelow150Degrees() {
        String cell = """
                material NaAlCl4 : salt { formula NaAlCl4 }
                cell T : battery {
                    negative A { active Na { mechanism plating stores Na[+] } }
                    positive C { active Cl2 }
                    electrolyte molten_salt { salt NaAlCl4 }
                    temperature %s °C
                }
                """;
        assertFires("temperature.molten-salt-frozen", cell.formatted("100"));
        assertSilent("temperature.molten-salt-frozen", cell.formatted("200"));
    }

    @Test
    void plainWaterFreezesBelowZero() {
        String path = "highentropy/ZnSymmetricHeElectrolyte.echem";
        assertFalse(exampleCodes(path).contains("temperature.aqueous-freezing"));
        assertFires("temperature.aqueous-freezing",
                exampleText(path).replace("electrolyte water_in_salt", "electrolyte aqueous")
                        .replace("salt ZnCl2 6.17 mol/kg", "salt ZnCl2 1 mol/kg")
                        .replace("salt LiCl 12.34 mol/kg", "salt LiCl 2 mol/kg"));
    }
}
