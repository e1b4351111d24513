package org.daniell.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.daniell.chem.Spelling;
import org.daniell.model.issues.DiagnosticsDocument;
import org.daniell.model.issues.IssueCatalogue;
import org.daniell.model.issues.IssueCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daniell explain}: what a finding means, why it matters and where the rule comes from. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = { "Explain finding codes: the explanation, the message and the source of the rule." },
        footer = { "", "Examples:", "  daniell explain capacity.np-high", "  daniell explain --list",
            "  daniell explain --markdown > docs/diagnostics.md" })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "CODE", description = "Finding codes, as printed by validate.")
    List<String> codes = List.of();

    @Option(names = "--list", description = "List every code with its default severity.")
    boolean list;

    @Option(names = "--markdown", description = "Print the whole catalogue as Markdown (docs/diagnostics.md).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(DiagnosticsDocument.render());
            return 0;
        }
        if (list || codes.isEmpty()) {
            IssueCatalogue.all().forEach(c -> out.printf("%-40s %s%n", c.id(), c.defaultSeverity().word()));
            return 0;
        }
        int status = 0;
        for (String id : codes) {
            var code = IssueCatalogue.find(id);
            if (code.isPresent()) {
                out.print(DiagnosticsDocument.explain(code.get()));
            } else {
                List<String> ids = IssueCatalogue.all().stream().map(IssueCode::id).toList();
                String hint = Spelling.closest(id, ids).map(c -> "; did you mean " + c + "?").orElse("");
                spec.commandLine().getErr().println("daniell: there is no finding with code '" + id + "'" + hint);
                status = DaniellCli.EXIT_USAGE_OR_IO;
            }
        }
        return status;
    }
}
