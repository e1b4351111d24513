package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.daniell.model.issues.IssueCatalogue;
import org.daniell.model.issues.IssueCode;
import org.junit.jupiter.api.Test;

/** The catalogue stays consistent: unique ids, every entry documented, and every entry reported by some check. */
class IssueCatalogueTest {

    private static final Path PLUGINS = Path.of(System.getProperty("daniell.docs", "../../docs")).resolve("../plugins")
            .normalize();

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = IssueCatalogue.all().stream().map(IssueCode::id).filter(id -> !seen.add(id)).toList();
        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyEntryIsDocumented() {
        for (IssueCode code : IssueCatalogue.all()) {
            assertFalse(code.template().isBlank(), code.id() + " has no message");
            assertTrue(code.explanation().length() > 40, code.id() + " needs a paragraph of explanation");
            assertFalse(code.source().isBlank(), code.id() + " names no source");
        }
    }

    @Test
    void everyEntryIsReportedBySomeCheck() throws IOException {
        String checks = checkSources();
        List<String> unused = new ArrayList<>();
        for (Class<?> topic : IssueCatalogue.topics()) {
            for (java.lang.reflect.Field field : topic.getDeclaredFields()) {
                if (IssueCode.class.isAssignableFrom(field.getType())
                        && !checks.contains(topic.getSimpleName() + "." + field.getName())
                        && !checks.contains("import static " + topic.getName() + "." + field.getName() + ";")
                        && !checks.contains("import static " + topic.getName() + ".*;")) {
                    unused.add(topic.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), unused, "catalogue entries no check reports");
    }

    /** The Java sources of every bundle except the catalogue itself and the tests. */
    private static String checkSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(PLUGINS)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/") && !p.toString().contains("/src-gen/"))
                    .filter(p -> !p.toString().contains("/model/issues/") && !p.toString().contains(".tests/")
                            && !p.toString().contains("/src/test/"))
                    .forEach(p -> {
                        try {
                            all.append(Files.readString(p)).append('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return all.toString();
    }
}
