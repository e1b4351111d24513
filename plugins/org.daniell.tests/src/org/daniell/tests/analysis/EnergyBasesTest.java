package org.daniell.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.DeliveredCapacity;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.ProtocolRates;
import org.daniell.model.analysis.StepRate;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The energy model of seed-001-002 §2 F9 reproduces the worked examples of §6 (tolerance 2 % unless stated). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class EnergyBasesTest {

    @Inject
    private Specs specs;

    @Test
    void fig9cTypicalPouchGivesAboutFiftyWhPerKg() {
        CellAnalysis a = CellAnalyses.of(Specs.firstCell(specs.example("zinc/ZnMnO2Fig9c.echem")));
        assertWithin(4.00, a.positive().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(5.0, a.npRatio().orElseThrow(), 0.02);
        assertWithin(20.0, a.metalUtilisation().orElseThrow(), 0.02);
        assertWithin(260, a.energy().material().orElseThrow(), 0.02);
        assertWithin(117.1, a.energy().electrodePair().orElseThrow(), 0.02);
        assertWithin(50.5, a.energy().cell().orElseThrow(), 0.02);
        assertEquals("MnO2Cathode", a.limiting());
    }

    /** D1: lab coin, 100 µL in a 12 mm coin at 0.25 mAh/cm² (E/C from a volume, the coin's area and the density). */
    @Test
    void labCoinAntipatternGivesUnderTwoWhPerKg() {
        CellAnalysis a = analysis("zinc/ZnMnO2LabCoin.echem");
        assertWithin(0.25, a.positive().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(58.54, a.negative().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(71.4, a.negative().orElseThrow().activeLoading().orElseThrow(), 0.02);
        assertWithin(234, a.npRatio().orElseThrow(), 0.02);
        assertWithin(0.43, a.metalUtilisation().orElseThrow(), 0.02);
        assertWithin(353.7, a.electrolyteVolumeRatio().orElseThrow(), 0.02);
        assertWithin(459.8, a.electrolyteMassRatio().orElseThrow(), 0.02);
        assertWithin(1.6, a.energy().cell().orElseThrow(), 0.02);
        assertWithin(4.5, a.energy().electrodePair().orElseThrow(), 0.02);
        assertWithin(325, a.energy().material().orElseThrow(), 0.02);
        assertRates(a, 2.0);
    }

    /** D4: the framework-compliant pouch. */
    @Test
    void frameworkCompliantPouchGivesSixtyFourWhPerKg() {
        CellAnalysis a = analysis("zinc/ZnMnO2Pouch.echem");
        assertWithin(6.25, a.positive().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(26.34, a.negative().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(32.13, a.negative().orElseThrow().activeLoading().orElseThrow(), 0.02);
        assertWithin(4.21, a.npRatio().orElseThrow(), 0.02);
        assertWithin(23.7, a.metalUtilisation().orElseThrow(), 0.02);
        assertWithin(6.15, a.electrolyteVolumeRatio().orElseThrow(), 0.02);
        assertWithin(63.6, a.energy().cell().orElseThrow(), 0.02);
        assertWithin(142.2, a.energy().electrodePair().orElseThrow(), 0.02);
        assertWithin(111.5, a.energy().electrodes().orElseThrow(), 0.02);
        assertRates(a, 0.2);
    }

    /**
     * D5: KASO Zn‖VO2 pouch at the seed's 95 mAh/g. The reported 43.1 Wh/kg is on cathode composite + Zn, which is
     * Daniell's electrodes basis.
     */
    @Test
    void kasoPouchRoundTripsTheReportedEnergy() {
        CellAnalysis a = analysis("zinc/ZnVO2KasoPouch.echem");
        assertWithin(1.52, a.positive().orElseThrow().arealCapacity().orElseThrow(), 0.02);
        assertWithin(5.25, a.negative().orElseThrow().activeLoading().orElseThrow(), 0.02);
        assertWithin(2.83, a.npRatio().orElseThrow(), 0.02);
        assertWithin(35.3, a.metalUtilisation().orElseThrow(), 0.02);
        assertWithin(43.3, a.energy().electrodes().orElseThrow(), 0.02);
        assertWithin(22.8, a.energy().cell().orElseThrow(), 0.02);
        assertTrue(a.energy().cell().orElseThrow().value() < 43.1, "cell level below the reported pair energy");
    }

    /** D7: Zn–I2 100 cm² pouch. */
    @Test
    void zincIodinePouchGivesFortyThreeWhPerKg() {
        CellAnalysis a = analysis("zinc/ZnI2Pouch.echem");
        var positive = a.positive().orElseThrow();
        assertWithin(186.7, DeliveredCapacity.specific(positive).orElseThrow(), 0.02);
        assertWithin(88.4, DeliveredCapacity.utilisation(positive).orElseThrow(), 0.02);
        assertWithin(560, a.capacity().orElseThrow(), 0.02);
        assertWithin(5.23, a.npRatio().orElseThrow(), 0.02);
        assertWithin(19.1, a.metalUtilisation().orElseThrow(), 0.02);
        assertWithin(43.3, a.energy().cell().orElseThrow(), 0.02);
        assertWithin(106.5, a.energy().electrodePair().orElseThrow(), 0.02);
    }

    /** D9: VOx–rGO at 12.72 mg/cm², cycled at 1.27 mA/cm². */
    @Test
    void vanadiumOxideCoinAtPracticalLoading() {
        CellAnalysis a = analysis("zinc/ZnVOxRGOCoin.echem");
        assertWithin(288.5, DeliveredCapacity.specific(a.positive().orElseThrow()).orElseThrow(), 0.02);
        Figure rate = ProtocolRates.of(a).get(0).rate();
        assertWithin(0.35, rate, 0.02);
        assertWithin(7.98, a.npRatio().orElseThrow(), 0.02);
        assertWithin(29.2, a.energy().cell().orElseThrow(), 0.02);
    }

    private CellAnalysis analysis(String example) {
        return CellAnalyses.of(Specs.firstCell(specs.example(example)));
    }

    /** Both the charge and the discharge step run at {@code c}. */
    private static void assertRates(CellAnalysis analysis, double c) {
        List<Figure> rates = ProtocolRates.of(analysis).stream().map(StepRate::rate).toList();
        assertEquals(2, rates.size());
        rates.forEach(rate -> assertWithin(c, rate, 1e-9));
    }

    static void assertWithin(double expected, Figure actual, double relative) {
        assertEquals(expected, actual.value(), Math.abs(expected) * relative, actual.derivation());
    }
}
