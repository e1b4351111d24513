package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every file under {@code examples/} parses, links and validates without errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class ExamplesTest {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    static Stream<Path> examples() throws IOException {
        Path root = Path.of(System.getProperty("daniell.examples", "../../examples"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".echem")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no examples found under " + root.toAbsolutePath());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsValid(Path example) {
        XtextResourceSet resourceSet = resourceSets.get();
        Resource resource = resourceSet.getResource(URI.createFileURI(example.toAbsolutePath().toString()), true);
        List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
                .filter(issue -> !expectedIn(example, issue.getCode()))
                .toList();
        assertEquals(List.of(), errors, example + " has errors");
    }

    /** An example that reproduces a seed's mistake names the error it expects in its comments (by code). */
    private static boolean expectedIn(Path example, String code) {
        try {
            return code != null && Files.readString(example).contains("expected error: " + code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
