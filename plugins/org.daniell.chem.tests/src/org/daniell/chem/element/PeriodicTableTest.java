package org.daniell.chem.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodicTableTest {

    @Test
    @DisplayName("H–Bi plus Th, Pa, U are present, once each, in order of Z")
    void coversHydrogenToBismuthAndUranium() {
        assertEquals(86, PeriodicTable.all().size());
        for (int z = 1; z <= 83; z++) {
            assertTrue(PeriodicTable.byAtomicNumber(z).isPresent(), "Z=" + z);
        }
        assertEquals("U", PeriodicTable.byAtomicNumber(92).orElseThrow().symbol());
        Set<String> symbols = new HashSet<>();
        PeriodicTable.all().forEach(e -> assertTrue(symbols.add(e.symbol())));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @DisplayName("IUPAC CIAAW 2021 standard atomic weights (single values at full precision, conventional values for intervals)")
    @CsvSource({
        "H, 1.008", "Li, 6.94", "C, 12.011", "N, 14.007", "O, 15.999", "F, 18.998403162", "Na, 22.98976928",
        "Mg, 24.305", "Al, 26.9815384", "Si, 28.085", "P, 30.973761998", "S, 32.06", "Cl, 35.45", "K, 39.0983",
        "Ca, 40.078", "Ti, 47.867", "V, 50.9415", "Cr, 51.9961", "Mn, 54.938043", "Fe, 55.845", "Co, 58.933194",
        "Ni, 58.6934", "Cu, 63.546", "Zn, 65.38", "Ge, 72.630", "Se, 78.971", "Br, 79.904", "Y, 88.905838",
        "Mo, 95.95", "In, 114.818", "Sn, 118.710", "Sb, 121.760", "Te, 127.60", "I, 126.90447", "La, 138.90547",
        "Hf, 178.486", "Ir, 192.217", "Au, 196.966570", "Pb, 207.2", "Bi, 208.98040", "Yb, 173.045", "Ar, 39.95",
        "U, 238.02891"})
    void standardAtomicWeights(String symbol, double weight) {
        assertEquals(weight, PeriodicTable.element(symbol).atomicWeight(), 0.0);
    }

    @Test
    @DisplayName("Tc and Pm have no standard atomic weight; interval elements are marked conventional")
    void weightKinds() {
        assertFalse(PeriodicTable.element("Tc").hasStandardAtomicWeight());
        assertFalse(PeriodicTable.element("Pm").hasStandardAtomicWeight());
        assertEquals(AtomicWeightKind.CONVENTIONAL, PeriodicTable.element("Li").atomicWeightKind());
        assertEquals(AtomicWeightKind.SINGLE, PeriodicTable.element("Zn").atomicWeightKind());
    }

    @Test
    @DisplayName("every element has tabulated oxidation states with defaults inside them")
    void everyElementHasOxidationStates() {
        for (Element e : PeriodicTable.all()) {
            OxidationStates states = OxidationStateTable.of(e).orElseThrow(() -> new AssertionError(e.symbol()));
            states.cationDefault().ifPresent(d -> assertTrue(states.common().contains(d), e.symbol()));
            states.anionDefault().ifPresent(d -> assertTrue(states.common().contains(d), e.symbol()));
            assertTrue(states.cationDefault().isPresent() || states.anionDefault().isPresent(), e.symbol());
        }
    }

    @Test
    @DisplayName("default cation valences used by the seed-003-004 §3.4 worked checks")
    void seedDefaultValences() {
        String[][] defaults = {{"Cr", "3"}, {"Mn", "2"}, {"Fe", "3"}, {"Co", "2"}, {"Ni", "2"}, {"Cu", "2"},
            {"Sn", "4"}, {"Sb", "3"}, {"Bi", "3"}, {"In", "3"}, {"Ge", "4"}, {"Ga", "3"}, {"Ti", "4"}};
        for (String[] d : defaults) {
            assertEquals(Integer.parseInt(d[1]),
                    OxidationStateTable.of(PeriodicTable.element(d[0])).orElseThrow().cationDefault().getAsInt(), d[0]);
        }
    }

    @ParameterizedTest(name = "{0}{1}+ CN{2} = {3} Å")
    @DisplayName("Shannon 1976 radii: Li+ 0.76, Na+ 1.02, K+ 1.38 Å are the carrier radii quoted in seed-003-004 §2.3 and seed-000 §2.1")
    @CsvSource({"Li, 1, 6, 0.76", "Na, 1, 6, 1.02", "K, 1, 6, 1.38", "Mg, 2, 6, 0.72", "Zn, 2, 6, 0.74",
        "Al, 3, 6, 0.535", "Ca, 2, 6, 1.00", "O, -2, 6, 1.40", "Mn, 2, 6, 0.83"})
    void shannonRadii(String symbol, int charge, int cn, double radius) {
        assertEquals(radius, IonicRadii.radius(PeriodicTable.element(symbol), charge, cn).orElseThrow().angstrom());
    }

    @Test
    @DisplayName("common-coordination radius prefers high spin (Co2+ HS 0.745 Å)")
    void commonRadiusHighSpin() {
        assertEquals(0.745, IonicRadii.commonRadius(PeriodicTable.element("Co"), 2).orElseThrow().angstrom());
    }

    @ParameterizedTest(name = "{0} = {1} g/cm3")
    @DisplayName("metal densities assumed by seed-000 F§5.1 (Li Na K Mg Ca Zn Al) and seed-003-004 §2.4 (Ge)")
    @CsvSource({"Li, 0.534", "Na, 0.968", "K, 0.862", "Mg, 1.738", "Ca, 1.55", "Zn, 7.14", "Al, 2.70", "Ge, 5.323"})
    void densities(String symbol, double density) {
        assertEquals(density, MetalDensities.gramsPerCubicCentimetre(PeriodicTable.element(symbol)).orElseThrow());
    }

    @Test
    @DisplayName("densities of the other anode metals are tabulated")
    void anodeMetalDensities() {
        for (String s : new String[] {"Fe", "Sn", "Sb", "Bi", "Si", "Pb", "In", "Cu"}) {
            assertTrue(MetalDensities.gramsPerCubicCentimetre(PeriodicTable.element(s)).isPresent(), s);
        }
    }
}
