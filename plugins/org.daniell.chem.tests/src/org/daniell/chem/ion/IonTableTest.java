package org.daniell.chem.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.daniell.chem.unit.FieldUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IonTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Li+ | li", "Li[+] | li", "Zn2+ | zn", "Zn[2+] | zn", "Zn²⁺ | zn",
            "SO4 2- | so4", "SO4^2- | so4", "SO4[2-] | so4", "SO42- | so4", "SO₄²⁻ | so4", "TFSI- | tfsi",
            "NTf2- | tfsi", "TFSI | tfsi", "triflate | otf", "OTf- | otf", "PF6- | pf6", "Al3+ | al", "NH4+ | nh4",
            "H3O+ | h3o", "I3- | i3", "Zn(OH)4 2- | zincate", "Fe(CN)6[3-] | ferricyanide", "Fe(CN)6 4- | ferrocyanide",
            "CH3COO- | acetate", "OAc- | acetate", "VO2[+] | vo2", "VO[2+] | vo", "AlCl4- | alcl4", "Mn2+ | mn2",
            "Fe3+ | fe3", "Cs+ | cs", "EMIm+ | emim", "sulfate | so4" })
    void findsIonsAsResearchersWriteThem(String text, String id) {
        assertEquals(id, IonTable.find(text).orElseThrow(() -> new AssertionError(text)).id(), text);
    }

    @Test
    void vo2PlusIsAmbiguousAndReportedSo() {
        // "VO2+" is vanadyl VO²⁺ or dioxovanadium VO₂⁺; the charge reading comes first
        assertEquals("vo", IonTable.find("VO2+").orElseThrow().id());
        assertEquals(2, IonTable.findAll("VO2+").size());
        assertEquals(1, IonTable.findAll("Mg2+").size());
    }

    @Test
    void unknownIons() {
        assertTrue(IonTable.find("Xx+").isEmpty());
        assertTrue(IonTable.find("").isEmpty());
        assertTrue(IonTable.find(null).isEmpty());
    }

    @Test
    void carriersOfSeed000Section2ArePresent() {
        for (String id : new String[] { "li", "na", "k", "rb", "cs", "mg", "ca", "zn", "al", "nh4", "h", "h3o", "fe2",
                "mn2", "pf6", "bf4", "tfsi", "fsi", "clo4", "otf", "so4", "cl", "br", "i", "i3", "oh", "no3", "alcl4",
                "acetate" }) {
            assertTrue(IonTable.byId(id).isPresent(), id);
        }
    }

    @Test
    void radiiAsPrintedInSeed000() {
        // seed-000 §2.1: "r = 0.76 Å" (Li+), "r = 1.02 Å" (Na+) [§3.1.1]; Nightingale hydrated radii 3.82 / 3.58 / 4.30 Å
        Ion li = IonTable.byId("li").orElseThrow();
        assertEquals(0.76, li.shannonRadius().orElseThrow().to(FieldUnits.ANGSTROM).getValue().doubleValue(), 1e-12);
        assertEquals(0.076, li.shannonRadius().orElseThrow().to(FieldUnits.NANOMETRE).getValue().doubleValue(), 1e-12);
        assertEquals(1.02, IonTable.byId("na").orElseThrow().shannonRadius().orElseThrow().getValue().doubleValue(), 1e-12);
        assertEquals(3.82, li.hydratedRadius().orElseThrow().getValue().doubleValue(), 1e-12);
        assertEquals(4.30, IonTable.byId("zn").orElseThrow().hydratedRadius().orElseThrow().getValue().doubleValue(), 1e-12);
        assertEquals(-4525, IonTable.byId("al").orElseThrow().hydrationGibbsEnergy().orElseThrow(), 0);
    }

    @Test
    void everyValueHasItsSource() {
        Set<String> ids = new HashSet<>();
        for (Ion ion : IonTable.all()) {
            assertTrue(ids.add(ion.id()), ion.id());
            assertEquals(ion.shannonRadius().isPresent(), !ion.radiusSource().isBlank(), ion.id());
            assertEquals(ion.shannonRadius().isPresent(), !ion.shannonCoordination().isBlank(), ion.id());
            assertEquals(ion.hydratedRadius().isPresent(), !ion.hydratedSource().isBlank(), ion.id());
            assertEquals(ion.hydrationGibbsEnergy().isPresent(), !ion.gibbsSource().isBlank(), ion.id());
            assertFalse(ion.note().isBlank(), ion.id());
            assertEquals(ion, IonTable.find(ion.symbol()).orElseThrow(), ion.symbol());
        }
    }

    @Test
    void symbolsUseTheLanguagesBracketCharge() {
        assertEquals("Li[+]", IonTable.byId("li").orElseThrow().symbol());
        assertEquals("SO4[2-]", IonTable.byId("so4").orElseThrow().symbol());
        assertEquals("N(SO2CF3)2[-]", IonTable.byId("tfsi").orElseThrow().symbol());
    }

    /** Molar masses through a stand-in formula engine, checked against the M column of seed-000 §2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "li | 6.94", "na | 22.99", "k | 39.10", "cs | 132.91", "nh4 | 18.04",
            "h | 1.008", "mg | 24.31", "ca | 40.08", "zn | 65.38", "al | 26.98", "pf6 | 144.96", "tfsi | 280.14",
            "fsi | 180.12", "otf | 149.07", "bf4 | 86.80", "clo4 | 99.45", "so4 | 96.06", "no3 | 62.00", "cl | 35.45",
            "br | 79.90", "i | 126.90", "f | 19.00", "oh | 17.01", "alcl4 | 168.78", "bh4 | 14.84", "acetate | 59.04",
            "po4 | 94.97" })
    void molarMassesMatchSeed000(String id, double seedGramsPerMole) {
        double m = IonTable.byId(id).orElseThrow().molarMass(StandInFormulaMass::of)
                .to(FieldUnits.GRAM_PER_MOLE).getValue().doubleValue();
        assertEquals(seedGramsPerMole, m, seedGramsPerMole * 0.005, "seed-000 §2 M of " + id);
    }

    /** Just enough formula arithmetic to check the table's formula strings; the real engine is the formula package. */
    static final class StandInFormulaMass {
        private static final Map<String, Double> WEIGHTS = Map.ofEntries(Map.entry("H", 1.008), Map.entry("Li", 6.94),
                Map.entry("B", 10.81), Map.entry("C", 12.011), Map.entry("N", 14.007), Map.entry("O", 15.999),
                Map.entry("F", 18.998403), Map.entry("Na", 22.98977), Map.entry("Mg", 24.305), Map.entry("Al", 26.981538),
                Map.entry("P", 30.973762), Map.entry("S", 32.06), Map.entry("Cl", 35.45), Map.entry("K", 39.0983),
                Map.entry("Ca", 40.078), Map.entry("Zn", 65.38), Map.entry("Br", 79.904), Map.entry("I", 126.90447),
                Map.entry("Cs", 132.905452));

        private final String f;
        private int pos;

        private StandInFormulaMass(String f) {
            this.f = f;
        }

        static double of(String formula) {
            StandInFormulaMass p = new StandInFormulaMass(formula);
            double m = p.group();
            if (p.pos != formula.length()) {
                throw new IllegalArgumentException(formula);
            }
            return m;
        }

        private double group() {
            double sum = 0;
            while (pos < f.length() && f.charAt(pos) != ')') {
                double part;
                if (f.charAt(pos) == '(') {
                    pos++;
                    part = group();
                    pos++;
                } else {
                    int start = pos++;
                    while (pos < f.length() && Character.isLowerCase(f.charAt(pos))) {
                        pos++;
                    }
                    part = WEIGHTS.get(f.substring(start, pos));
                }
                int start = pos;
                while (pos < f.length() && Character.isDigit(f.charAt(pos))) {
                    pos++;
                }
                sum += part * (pos > start ? Integer.parseInt(f.substring(start, pos)) : 1);
            }
            return sum;
        }
    }
}
