package org.daniell.cli.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChemCommandTest {

    @Test
    void helpListsTheSubcommands() {
        ChemCli result = ChemCli.chem("--help");
        assertEquals(0, result.exitCode());
        for (String subcommand : new String[] { "formula", "reaction", "potential" }) {
            assertTrue(result.out().contains("\n  " + subcommand + " "), result.out());
        }
        assertTrue(result.out().contains("Examples:"), result.out());
    }

    @Test
    void topLevelHelpNamesTheCalculator() {
        ChemCli result = ChemCli.run("--help");
        assertTrue(result.out().contains("\n  chem "), result.out());
    }

    @Test
    void missingSubcommandIsAUsageError() {
        ChemCli result = ChemCli.chem();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("Missing subcommand"), result.err());
    }

    @Test
    void caretLineLinesUpUnderTheInput() {
        assertEquals("  ^", CaretPrinter.caretLine("Li(CoO2", 2, 1));
        assertEquals("^^", CaretPrinter.caretLine("Xx2O", 0, 2));
        assertEquals("       ^", CaretPrinter.caretLine("LiCoO2(", 7, 0));
        assertEquals("\t ^", CaretPrinter.caretLine("\tZn(", 2, 1));
    }
}
