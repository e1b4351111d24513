package org.daniell.tests;

import java.nio.file.Path;
import java.util.List;

import org.daniell.model.design.Cell;
import org.daniell.model.design.Specification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads specs (example files or text) into a fresh resource set and validates them, for tests. */
public class Specs {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    public static Path examples() {
        return Path.of(System.getProperty("daniell.examples", "../../examples"));
    }

    /** The example at {@code relativePath} under examples/, e.g. {@code zinc/ZnMnO2Fig9c.echem}. */
    public Resource example(String relativePath) {
        Path file = examples().resolve(relativePath).toAbsolutePath();
        return resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
    }

    /** A spec given as text, stored under a synthetic file name. */
    public Resource text(String text) {
        try {
            XtextResourceSet set = resourceSets.get();
            Resource resource = set.createResource(URI.createURI("synthetic:/test" + System.nanoTime() + ".echem"));
            resource.load(new org.eclipse.xtext.util.StringInputStream(text), null);
            return resource;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Issue> validate(Resource resource) {
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    public static Cell cell(Resource resource, String name) {
        Specification spec = (Specification) resource.getContents().get(0);
        return spec.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast)
                .filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + name + " in " + resource.getURI()));
    }

    public static Cell firstCell(Resource resource) {
        Specification spec = (Specification) resource.getContents().get(0);
        return spec.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no cell in " + resource.getURI()));
    }

    /** The codes of the issues, for assertions that read like the expected findings. */
    public static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::getCode).toList();
    }
}
