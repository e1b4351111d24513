package org.daniell.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Figure;
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

    static void assertWithin(double expected, Figure actual, double relative) {
        assertEquals(expected, actual.value(), Math.abs(expected) * relative, actual.derivation());
    }
}
