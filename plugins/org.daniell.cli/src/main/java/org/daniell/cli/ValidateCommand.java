package org.daniell.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.daniell.DaniellStandaloneSetup;
import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.analysis.KeyFigures;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Specification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daniell validate}: parses, links and checks specifications and prints every finding. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = { "Parse, link and check cell specifications.",
            "Each finding is printed as FILE:LINE:COLUMN SEVERITY CODE MESSAGE,",
            "then one line per cell with its key figures (N/P, capacity, voltage, E/C, energy)." },
        footer = { "", "Examples:", "  daniell validate examples/", "  daniell validate ZnMnO2.echem NaIon.echem" })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Specification files, or folders to search for *.echem.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files;
        try {
            files = SpecificationFiles.collect(paths);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("daniell: " + e.getFile() + ": no such file or directory");
            return DaniellCli.EXIT_USAGE_OR_IO;
        }
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("daniell: no *.echem files found in " + paths);
            return DaniellCli.EXIT_USAGE_OR_IO;
        }

        Injector injector = DaniellStandaloneSetup.doSetup();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Map<Path, Resource> resources = new LinkedHashMap<>();
        // Load every file first so that references between the files resolve.
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            resources.put(file, resourceSet.getResource(uri, true));
        }

        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
            List<Issue> issues = new ArrayList<>(validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl));
            issues.sort(Comparator.comparing(Issue::getLineNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Issue::getColumn, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Issue issue : issues) {
                out.println(Finding.of(entry.getKey(), issue).format());
                if (issue.getSeverity() == Severity.ERROR) {
                    errors++;
                } else if (issue.getSeverity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
            }
            printKeyFigures(out, entry.getKey(), entry.getValue());
        }
        out.printf("%d %s checked: %d %s, %d %s, %d %s%n", files.size(), plural(files.size(), "file"),
                errors, plural(errors, "error"), warnings, plural(warnings, "warning"), infos, "info");
        return errors > 0 ? 1 : 0;
    }

    /** One line per cell: {@code FILE: cell NAME: N/P 5.00, 4.00 mAh/cm² …}. */
    private static void printKeyFigures(PrintWriter out, Path file, Resource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Specification spec)) {
            return;
        }
        for (var element : spec.getElements()) {
            if (element instanceof Cell cell && cell.getName() != null) {
                out.println(file + ": cell " + cell.getName() + ": " + KeyFigures.line(CellAnalyses.of(cell)));
            }
        }
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
