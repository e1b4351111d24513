package org.daniell.cli;

import java.io.PrintWriter;

import org.daniell.cli.chem.ChemCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The {@code daniell} command: checks cell specifications and, as Daniell grows, generates from them. */
@Command(name = "daniell",
        mixinStandardHelpOptions = true,
        versionProvider = DaniellCli.Version.class,
        description = "Design electrochemical cells in the Daniell language: validate specifications, and compute formulas, "
                + "reactions and potentials.",
        subcommands = { ValidateCommand.class, ExplainCommand.class, ChemCommand.class, ServeCommand.class, CommandLine.HelpCommand.class },
        footer = { "", "Examples:", "  daniell validate examples/", "  daniell validate cells/ZnMnO2.echem other.echem",
            "  daniell explain capacity.np-high", "  daniell serve   (the language server, for editors)",
            "  daniell chem formula MnO2 --carrier Zn2+ --electrons 2", "  daniell chem potential Zn2+/Zn --vs Li+/Li" },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:no errors", "1:the specifications have errors (chem: the answer is no)",
            "2:usage or input/output error" })
public final class DaniellCli {

    /** Exit code when the arguments are wrong or a file cannot be read. */
    public static final int EXIT_USAGE_OR_IO = 2;

    @Option(names = "--debug", description = "Show the stack trace when something fails.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit code, without exiting. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DaniellCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            cmd.getErr().println("daniell: " + describe(exception));
            if (debug) {
                exception.printStackTrace(cmd.getErr());
            }
            return EXIT_USAGE_OR_IO;
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DaniellCli.class.getPackage().getImplementationVersion();
            return new String[] { "daniell " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() };
        }
    }
}
