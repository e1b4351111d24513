package org.daniell.chem.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property: a parsed unit printed canonically (ASCII or Unicode) parses back to an equivalent unit. */
class UnitRoundTripPropertyTest {

    private static final List<String> SYMBOLS = List.of("mAh", "Ah", "g", "mg", "kg", "cm", "µm", "um", "nm", "L", "mL",
            "uL", "µL", "mol", "M", "mM", "V", "mV", "A", "mA", "W", "mW", "Wh", "mWh", "kWh", "S", "mS", "F", "mF", "Ω",
            "Ohm", "h", "min", "s", "K", "J", "Pa", "bar", "eV");

    @Provide
    Arbitrary<String> compoundUnits() {
        Arbitrary<String> factor = Combinators.combine(Arbitraries.of(SYMBOLS),
                Arbitraries.of(-3, -2, -1, 1, 2, 3)).as((s, e) -> e == 1 ? s : s + e);
        return factor.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void printThenParseIsEquivalent(@ForAll("compoundUnits") String text) {
        WrittenUnit first = UnitParser.parse(text).orElseThrow();
        WrittenUnit fromAscii = UnitParser.parse(first.ascii()).orElseThrow();
        WrittenUnit fromUnicode = UnitParser.parse(first.unicode()).orElseThrow();
        assertTrue(fromAscii.isEquivalentTo(first.unit()), () -> text + " -> " + first.ascii());
        assertTrue(fromUnicode.isEquivalentTo(first.unit()), () -> text + " -> " + first.unicode());
        assertEquals(first.dimension(), fromAscii.dimension());
    }

    @Property(tries = 200)
    void parserNeverThrows(@ForAll String anything) {
        UnitParser.parse(anything);
        QuantityParser.parse(anything);
    }
}
