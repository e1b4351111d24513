package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.daniell.fixes.QuickFix;
import org.daniell.fixes.QuickFixes;
import org.daniell.fixes.TextEdit;
import org.daniell.tests.Specs;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

/** Small helpers shared by the topic tests: the findings of a spec, by code, and applying a quick fix. */
final class Checks {

    private Checks() {
    }

    static List<Issue> findings(Specs specs, String text) {
        Resource resource = specs.text(text);
        assertEquals(List.of(), resource.getErrors(), "syntax errors in the test spec");
        return specs.validate(resource);
    }

    static List<Issue> withCode(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).toList();
    }

    static Issue only(List<Issue> issues, String code) {
        List<Issue> found = withCode(issues, code);
        assertEquals(1, found.size(), () -> code + " expected once in " + describe(issues));
        return found.get(0);
    }

    static void absent(List<Issue> issues, String code) {
        assertEquals(List.of(), withCode(issues, code).stream().map(Issue::getMessage).toList(),
                code + " not expected");
    }

    static String describe(List<Issue> issues) {
        return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getMessage()).toList().toString();
    }

    /** Validates {@code text}, takes the quick fix labelled {@code label} of the one {@code code} finding, applies it. */
    static String applyFix(Specs specs, String text, String code, String label) {
        Resource resource = specs.text(text);
        Issue issue = only(specs.validate(resource), code);
        List<QuickFix> fixes = QuickFixes.fixesFor(issue, resource);
        assertFalse(fixes.isEmpty(), "no fix for " + code);
        QuickFix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + label + "' among "
                        + fixes.stream().map(QuickFix::label).toList()));
        return TextEdit.apply(text, fix.edits());
    }
}
