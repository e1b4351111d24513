package org.daniell.cli.chem;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code daniell chem}: a chemistry calculator on the command line, for the numbers researchers want without writing
 * a specification. Its subcommands use the chemistry kernel ({@code org.daniell.chem}) directly.
 */
@Command(name = "chem",
        mixinStandardHelpOptions = true,
        description = "Chemistry calculator: formulas, reactions and electrode potentials, without a specification.",
        subcommands = { FormulaCommand.class, ReactionCommand.class, PotentialCommand.class },
        footer = { "", "Examples:",
            "  daniell chem formula \"(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O\"",
            "  daniell chem formula MnO2 --carrier Zn2+ --electrons 2 --json",
            "  daniell chem reaction \"MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2\"",
            "  daniell chem potential Zn2+/Zn --vs Li+/Li",
            "  daniell chem potential O2/H2O --vs RHE --pH 7" },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:the answer was computed",
            "1:the answer is no: the formula cannot be charge-neutral, or the reaction does not balance",
            "2:usage error, or input that cannot be read" })
public final class ChemCommand implements Callable<Integer> {

    /** Exit code when the answer itself is negative: no charge neutrality, no balance. */
    static final int EXIT_NO = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: give formula, reaction or potential");
    }
}
