package org.daniell.chem.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaErrorTest {

    @ParameterizedTest(name = "''{0}'' -> error at {1} (length {2}), message mentions ''{3}''")
    @DisplayName("positioned errors: offset, length and a message that says what to write")
    @CsvSource(delimiter = '|', value = {
        "CuMnFeSnGeS | 0 | 11 | stoichiometry required",
        "MgxV2O5 | 2 | 1 | symbolic amount 'x'",
        "MgV2O5·nH2O | 7 | 1 | symbolic amount 'n'",
        "Xx2O | 0 | 2 | unknown element 'Xx'",
        "Fe2Q3 | 3 | 1 | unknown element 'Q'",
        "mgO | 0 | 2 | capital letter",
        "Fe(OH | 2 | 1 | unclosed '('",
        "Fe(OH]2 | 5 | 1 | expected ')'",
        "FeO)2 | 3 | 1 | without a matching",
        "Fe0O | 2 | 1 | greater than zero",
        "Fe1.2.3 | 2 | 4 | two decimal points",
        "2H2O | 0 | 1 | cannot start with a number",
        "MnO2+Zn | 4 | 1 | separate species",
        "Zn[2] | 3 | 1 | needs a sign",
        "Zn[2+ | 2 | 3 | unclosed '['",
        "Zn[2+]O | 6 | 1 | must come last",
        "Fe() | 3 | 1 | expected an element symbol",
        "Fe2 O3 | 3 | 1 | a space",
        "Zn[99+] | 3 | 3 | implausible charge",
        "Na2CO3. | 6 | 1 | hydrate dot",
        "Fe,O | 2 | 1 | ','",
    })
    void positionedErrors(String text, int offset, int length, String fragment) {
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse(text);
        assertFalse(result.isSuccess(), text);
        FormulaError error = result.errors().get(0);
        assertEquals(offset, error.offset(), () -> text + ": " + error);
        assertEquals(length, error.length(), () -> text + ": " + error);
        assertTrue(error.message().contains(fragment), () -> text + ": " + error.message());
    }

    @Test
    @DisplayName("empty and blank input, and null, are errors, not exceptions")
    void emptyInput() {
        assertFalse(ChemicalFormula.parse("").isSuccess());
        assertFalse(ChemicalFormula.parse("   ").isSuccess());
        assertFalse(ChemicalFormula.parse(null).isSuccess());
    }

    @Test
    @DisplayName("orElseThrow gives a checked FormulaSyntaxException with the errors; of() an IllegalArgumentException")
    void exceptionsOnRequest() {
        FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class,
                () -> ChemicalFormula.parse("Qq").orElseThrow());
        assertEquals(0, e.errors().get(0).offset());
        assertThrows(IllegalArgumentException.class, () -> ChemicalFormula.of("Qq"));
    }

    @Test
    @DisplayName("deep nesting is an error, not a stack overflow")
    void deepNesting() {
        String text = "(".repeat(5000) + "H" + ")".repeat(5000);
        assertFalse(ChemicalFormula.parse(text).isSuccess());
    }
}
