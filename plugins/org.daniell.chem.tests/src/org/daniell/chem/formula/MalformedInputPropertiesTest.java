package org.daniell.chem.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property group: malformed text gives positioned errors, never an exception. */
class MalformedInputPropertiesTest {

    /** Characters that formulas are made of, plus typographic and plain junk. */
    private static final String ALPHABET = "HCNOSPFKLiNaMgZnFeMnCoNiCuClBrTeSbBixyndδ0123456789..,()[]{}+-−^·*•"
            + " ₀₁₂₃₄₅₆₇₈₉²³⁺⁻@#$%&!?\"'\t\n→=_/\\<>~`|";

    @Provide
    Arbitrary<String> formulaLikeStrings() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> anyStrings() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> mutatedFormulas() {
        Arbitrary<String> valid = Arbitraries.randomValue(RandomFormulas::formula).map(ChemicalFormula::toString);
        return Combinators.combine(valid, Arbitraries.integers().between(0, 1000),
                Arbitraries.of(ALPHABET.toCharArray()), Arbitraries.integers().between(0, 2))
                .as((text, at, c, kind) -> {
                    int i = at % (text.length() + 1);
                    return switch (kind) {
                        case 0 -> text.substring(0, i) + c + text.substring(i);
                        case 1 -> i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
                        default -> i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text + c;
                    };
                });
    }

    private static void assertWellFormedOutcome(String text) {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse(text);
        if (result.isSuccess()) {
            ChemicalFormula formula = result.optionalValue().orElseThrow();
            assertEquals(formula, ChemicalFormula.of(formula.toString()), "accepted text must round-trip: " + text);
            result.warnings().forEach(w -> assertTrue(w.offset() >= 0 && w.offset() + w.length() <= text.length(),
                    () -> "warning out of range for '" + text + "': " + w));
        } else {
            assertFalse(result.errors().isEmpty());
            for (FormulaError error : result.errors()) {
                assertTrue(error.offset() >= 0 && error.length() >= 0
                        && error.offset() + error.length() <= text.length(),
                        () -> "error out of range for '" + text + "': " + error);
                assertFalse(error.message().isBlank());
                assertFalse(error.message().contains("internal error"), () -> text + ": " + error.message());
            }
        }
    }

    @Property(tries = 5000)
    @Label("random formula-like strings: a formula or positioned errors, never an exception")
    void formulaLikeStrings(@ForAll("formulaLikeStrings") String text) {
        assertWellFormedOutcome(text);
    }

    @Property(tries = 2000)
    @Label("arbitrary Unicode strings: a formula or positioned errors, never an exception")
    void arbitraryStrings(@ForAll("anyStrings") String text) {
        assertWellFormedOutcome(text);
    }

    @Property(tries = 5000)
    @Label("valid formulas with one character inserted, deleted or replaced")
    void mutatedValidFormulas(@ForAll("mutatedFormulas") String text) {
        assertWellFormedOutcome(text);
    }
}
