package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.daniell.model.design.Specification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Keeps {@code docs/language.md} honest: every code block marked {@code ```echem} is a complete
 * specification file, and it must parse, link and validate without errors. Fragments are marked with
 * another language ({@code ```text}) and are not checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class LanguageReferenceTest {

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([\\w-]*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Inject
    private ParseHelper<Specification> parseHelper;

    @Inject
    private ValidationTestHelper validationHelper;

    /** One code block of the reference: the heading it is under, where it starts and its language. */
    record Block(String heading, int ordinal, int line, String language, String text) {
        @Override
        public String toString() {
            return heading + (ordinal > 1 ? " (" + ordinal + ")" : "") + " [line " + line + "]";
        }
    }

    static Path reference() {
        return Path.of(System.getProperty("daniell.docs", "../../docs"), "language.md");
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(reference(), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> perHeading = new HashMap<>();
        String heading = "(before the first heading)";
        String language = null;
        int start = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (language == null) {
                if (fence.matches()) {
                    language = fence.group(1);
                    start = i + 1;
                    text.setLength(0);
                } else {
                    Matcher title = HEADING.matcher(line);
                    if (title.matches()) {
                        heading = title.group(1);
                    }
                }
            } else if (fence.matches() && fence.group(1).isEmpty()) {
                int ordinal = perHeading.merge(heading + "\u0000" + language, 1, Integer::sum);
                blocks.add(new Block(heading, ordinal, start, language, text.toString()));
                language = null;
            } else {
                text.append(line).append('\n');
            }
        }
        assertEquals(null, language, "a code block that starts on line " + start + " is never closed");
        return blocks;
    }

    static Stream<Block> specifications() throws IOException {
        List<Block> specifications = blocks().stream().filter(b -> b.language().equals("echem")).toList();
        assertFalse(specifications.isEmpty(), "no ```echem blocks in " + reference().toAbsolutePath());
        return specifications.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specifications")
    void everySpecificationInTheReferenceIsValid(Block block) throws Exception {
        Specification spec = parseHelper.parse(block.text());
        Resource resource = spec.eResource();

        List<String> syntax = resource.getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance)
                .map(d -> "line " + (block.line() + d.getLine()) + ": " + d.getMessage()).toList();
        assertEquals(List.of(), syntax, "syntax errors in the block under '" + block.heading() + "'");

        EcoreUtil.resolveAll(resource);
        List<String> linking = resource.getErrors().stream().filter(XtextLinkingDiagnostic.class::isInstance)
                .map(d -> "line " + (block.line() + d.getLine()) + ": " + d.getMessage()).toList();
        assertEquals(List.of(), linking, "unresolved names in the block under '" + block.heading() + "'");

        List<String> errors = validationHelper.validate(spec).stream()
                .filter(issue -> issue.getSeverity() == Severity.ERROR)
                .map(issue -> describe(block, issue)).toList();
        assertEquals(List.of(), errors, "validation errors in the block under '" + block.heading() + "'");
    }

    /** Every code block says what it is, so a complete file cannot slip through as an unchecked fragment. */
    @Test
    void everyCodeBlockNamesItsLanguage() throws IOException {
        List<String> unnamed = blocks().stream().filter(b -> b.language().isEmpty()).map(Block::toString).toList();
        assertEquals(List.of(), unnamed, "mark each code block as ```echem (a complete file) or ```text (a fragment)");
        assertTrue(blocks().stream().anyMatch(b -> b.language().equals("text")), "the reference shows fragments too");
    }

    private static String describe(Block block, Issue issue) {
        Integer line = issue.getLineNumber();
        return (line == null ? "" : "line " + (block.line() + line) + ": ") + issue.getCode() + " " + issue.getMessage();
    }
}
