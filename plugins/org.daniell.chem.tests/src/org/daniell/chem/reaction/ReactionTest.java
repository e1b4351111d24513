package org.daniell.chem.reaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.FormulaError;
import org.daniell.chem.formula.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReactionTest {

    private static Reaction ok(String text) {
        ParseResult<Reaction> result = Reaction.parse(text);
        assertTrue(result.isSuccess(), () -> text + " -> " + result.errors());
        return result.optionalValue().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1} e-")
    @DisplayName("balanced half-reactions as chemists write them (ARCHITECTURE.md example; seed-000 F§3.8 / Table 1)")
    @CsvSource(delimiter = '|', value = {
        "MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2 | 1",
        "Zn -> Zn[2+] + 2 e- | -2",
        "I2 + 2 e- -> 2 I- | 2",
        "I2 + 2e- = 2I- | 2",
        "I2 + 2 e− ⇌ 2 I⁻ | 2",
        "Zn → Zn²⁺ + 2e⁻ | -2",
        "Zn + 4 OH- -> Zn(OH)4[2-] + 2 e- | -2",
        "Al + 4 OH- -> Al(OH)4- + 3 e- | -3",
        "Si + 4 OH- -> Si(OH)4 + 4 e- | -4",
        "Sn + 4 OH- -> SnO2[2-] + 2 H2O + 2 e- | -2",
        "Fe + 2 OH- -> Fe(OH)2 + 2 e- | -2",
        "H2 + 2 OH- -> 2 H2O + 2 e- | -2",
        "O2 + 4 H+ + 4 e- -> 2 H2O | 4",
        "O2 + 2 H2O + 4 e- -> 4 OH- | 4",
        "2 H+ + 2 e- -> H2 | 2",
        "MnO2 + 4 H+ + 2 e- -> Mn2+ + 2 H2O | 2",
        "Al + 7 AlCl4- -> 4 Al2Cl7- + 3 e- | -3",
        "1/2 O2 + H2O + 2 e- -> 2 OH- | 2",
    })
    void balancedHalfReactions(String text, double electronsConsumed) {
        Reaction reaction = ok(text);
        BalanceReport balance = reaction.balance();
        assertTrue(balance.balanced(), () -> text + ": " + balance);
        assertEquals(electronsConsumed, reaction.electronsConsumed(), 1e-12);
        assertEquals(Math.abs(electronsConsumed), reaction.electronsTransferred(), 1e-12);
    }

    @Test
    @DisplayName("the paper's '2H+ + 2e- -> 2H2' is mass-unbalanced: 2 H too many on the right (seed-000 F§9 item 4)")
    void paperTypoIsCaught() {
        BalanceReport balance = ok("2 H+ + 2 e- -> 2 H2").balance();
        assertFalse(balance.massBalanced());
        assertEquals(2, balance.elementResiduals().get(PeriodicTable.element("H")), 1e-12);
        assertTrue(balance.chargeBalanced());
    }

    @Test
    @DisplayName("charge imbalance is reported with its size")
    void chargeImbalance() {
        BalanceReport balance = ok("Zn -> Zn[2+] + e-").balance();
        assertTrue(balance.massBalanced());
        assertEquals(1, balance.chargeResidual(), 1e-12);
    }

    @Test
    @DisplayName("Zn‖MnO2 cell: scale to equal electrons and cancel Zn2+: 2 MnO2 + Zn -> 2 Zn0.5MnO2 (ARCHITECTURE.md)")
    void zincManganeseCell() {
        CellReaction cell = CellReaction.combine(ok("MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2"), ok("Zn -> Zn[2+] + 2 e-"));
        assertEquals(2, cell.electrons(), 1e-12);
        assertEquals("2 MnO2 + Zn -> 2 Zn0.5MnO2", cell.overall().toString());
        assertTrue(cell.overall().balance().balanced());
        assertFalse(cell.hasFreeElectrons());
    }

    @Test
    @DisplayName("Zn–I2 cell from two reductions: the negative one is reversed (seed-001-002 §4.5 I2/I-)")
    void zincIodineCell() {
        CellReaction cell = CellReaction.combine(ok("I2 + 2 e- -> 2 I-"), ok("Zn[2+] + 2 e- -> Zn"));
        assertEquals("I2 + Zn -> 2 I[-] + Zn[2+]", cell.overall().toString());
        assertTrue(cell.overall().balance().balanced());
    }

    @Test
    @DisplayName("alkaline HOR + acidic ORR: 4 e- per O2, H2 doubled (seed-000 §3.1 ENE cell)")
    void acidAlkaliFuelCell() {
        CellReaction cell = CellReaction.combine(ok("O2 + 4 H+ + 4 e- -> 2 H2O"), ok("H2 + 2 OH- -> 2 H2O + 2 e-"));
        assertEquals(4, cell.electrons(), 1e-12);
        assertEquals("O2 + 4 H[+] + 2 H2 + 4 OH[-] -> 6 H2O", cell.overall().toString());
    }

    @Test
    @DisplayName("canonical text parses back to an equal reaction")
    void roundTrip() {
        Reaction reaction = ok("MnO2 + 0.5 Zn²⁺ + e− → Zn0.5MnO2");
        assertEquals(reaction, ok(reaction.toString()));
        assertEquals(ChemicalFormula.of("Zn[2+]"), reaction.reactants().get(1).formula());
    }

    @ParameterizedTest(name = "''{0}'' -> error at {1}")
    @DisplayName("positioned reaction errors (offsets into the whole reaction text)")
    @CsvSource(delimiter = '|', value = {
        "Zn Zn[2+] | 0 | no arrow",
        "Zn -> Zn[2+] -> X | 13 | one arrow",
        "Zn -> | 5 | missing species",
        "Zn +  + Cu -> X | 4 | missing species",
        "Zn -> Xq[2+] + 2 e- | 6 | unknown element",
        "MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnQ2 | 33 | unknown element",
        "0 Zn -> Zn | 0 | positive",
        "2 -> Zn | 0 | species after it",
    })
    void positionedErrors(String text, int offset, String fragment) {
        ParseResult<Reaction> result = Reaction.parse(text);
        assertFalse(result.isSuccess(), text);
        FormulaError error = result.errors().get(0);
        assertEquals(offset, error.offset(), () -> text + ": " + error);
        assertTrue(error.message().contains(fragment), () -> text + ": " + error.message());
    }
}
