package org.daniell.chem.capacity;

import static org.daniell.chem.SeedNumbers.assertSeed;

import org.daniell.chem.element.PeriodicTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetalAnodeCapacityTest {

    @ParameterizedTest(name = "{0}{1}+: {2} mAh/g, {3} mAh/cm3 ({4})")
    @DisplayName("metal anodes: gravimetric and volumetric (seed-000 F§5.1 paper and computed values)")
    @CsvSource(delimiter = '|', value = {
        "Li | 1 | 3862 | 2062 | F§5.1 computed",
        "Na | 1 | 1166 | 1128 | F§5.1 computed",
        "K | 1 | 685 | 591 | F§5.1 computed",
        "Mg | 2 | 2205 | 3833 | F§5.1 paper §3.1.4.3, §3.1.2.3",
        "Ca | 2 | 1340 | 2075 | F§5.1 paper §3.1.5, §3.2.2.4",
        "Zn | 2 | 820 | 5854 | F§5.1 paper §3.1.6",
        "Al | 3 | 2980 | 8040 | F§5.1 paper §3.1.2.2",
    })
    void metals(String symbol, int charge, double gravimetric, double volumetric, String source) {
        var metal = PeriodicTable.element(symbol);
        assertSeed(gravimetric, MetalAnodeCapacity.mAhPerGram(metal, charge), "seed-000 " + source);
        assertSeed(volumetric, MetalAnodeCapacity.mAhPerCubicCentimetre(metal, charge).orElseThrow(),
                "seed-000 " + source);
    }

    @Test
    @DisplayName("Zn: 819.9 mAh/g and 5855 mAh/cm3 ([S4] §1; seed-003-004 §2.4, §4.4); 0.5854 mAh/cm2 per µm (seed-001-002 F3)")
    void zinc() {
        var zn = PeriodicTable.element("Zn");
        assertSeed(819.9, MetalAnodeCapacity.mAhPerGram(zn, 2), "seed-003-004 §2.4");
        double perCm3 = MetalAnodeCapacity.mAhPerCubicCentimetre(zn, 2).orElseThrow();
        assertSeed(5855, perCm3, "[S4] §1");
        assertSeed(0.5854, perCm3 * 1e-4, "seed-001-002 F3: mAh/cm2 per µm of foil");
    }

    @Test
    @DisplayName("Sn 451.5 (Sn2+) / 903 (Sn4+) and Fe 960 (Fe2+) mAh/g (seed-000 F§5.1, F§9 item 10)")
    void tinAndIron() {
        assertSeed(451.5, MetalAnodeCapacity.mAhPerGram(PeriodicTable.element("Sn"), 2), "seed-000 F§5.1");
        assertSeed(903, MetalAnodeCapacity.mAhPerGram(PeriodicTable.element("Sn"), 4), "seed-000 F§5.1");
        assertSeed(960, MetalAnodeCapacity.mAhPerGram(PeriodicTable.element("Fe"), 2), "seed-000 F§5.1");
    }
}
