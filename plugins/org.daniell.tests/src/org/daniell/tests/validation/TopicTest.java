package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.daniell.fixes.QuickFix;
import org.daniell.fixes.QuickFixes;
import org.daniell.fixes.TextEdit;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Shared helpers for the topic-validator tests: codes of a spec, example text, quick fixes applied to text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
abstract class TopicTest {

    @Inject
    protected Specs specs;

    protected List<String> codes(String text) {
        return Specs.codes(specs.validate(specs.text(text)));
    }

    protected List<String> exampleCodes(String path) {
        return Specs.codes(specs.validate(specs.example(path)));
    }

    protected static String exampleText(String path) {
        try {
            return Files.readString(Specs.examples().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void assertFires(String code, String text) {
        List<String> codes = codes(text);
        assertTrue(codes.contains(code), code + " expected in " + codes);
    }

    protected void assertSilent(String code, String text) {
        List<String> codes = codes(text);
        assertFalse(codes.contains(code), code + " not expected in " + codes);
    }

    /** Applies the only fix of the first finding with {@code code} and returns the edited text. */
    protected String applyFix(String code, String text) {
        Resource resource = specs.text(text);
        Issue issue = specs.validate(resource).stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code));
        List<QuickFix> fixes = QuickFixes.fixesFor(issue, resource);
        assertEquals(1, fixes.size(), "fixes for " + code);
        return TextEdit.apply(text, fixes.get(0).edits());
    }
}
