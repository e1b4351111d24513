package org.daniell.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Starts the materialized Daniell Studio product the way a user does (its launcher script) on the
 * X display of the build, and checks that the workbench window comes up with the product's name and
 * that the workspace log holds no error.
 */
class ProductStartTest {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY (\\S+) 4 .*$", Pattern.MULTILINE);

    @Test
    void workbenchComesUp() throws Exception {
        String display = System.getenv("DISPLAY");
        assertNotNull(display, "the product test needs an X display: run the build under xvfb-run");
        Path product = Path.of(System.getProperty("daniell.product"));
        Path launcher = product.resolve("daniell-studio");
        assertTrue(Files.isRegularFile(launcher) && Files.isExecutable(launcher), "the product was not materialized: " + launcher);
        Path workspace = Path.of(System.getProperty("daniell.product.workspace"));
        deleteRecursively(workspace);

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "-data", workspace.toString())
                .redirectErrorStream(true)
                .redirectOutput(workspace.resolveSibling("product-console.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process studio = builder.start();
        try {
            String window = waitForWindow("Daniell Studio", studio);
            assertTrue(window.contains("Daniell Studio"), window);
            assertEquals(List.of(), errorEntries(workspace), "errors in the workspace log");
        } finally {
            studio.descendants().forEach(ProcessHandle::destroy);
            studio.destroy();
            if (!studio.waitFor(20, TimeUnit.SECONDS)) {
                studio.destroyForcibly();
            }
        }
    }

    /** Polls the X server's window tree until a window whose title contains {@code title} exists. */
    private static String waitForWindow(String title, Process studio) throws Exception {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!studio.isAlive()) {
                fail("Daniell Studio exited with code " + studio.exitValue() + " before its window appeared");
            }
            Process query = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
            String tree = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            query.waitFor();
            for (String line : tree.lines().toList()) {
                if (line.contains("\"") && line.contains(title)) {
                    return line.trim();
                }
            }
            Thread.sleep(500);
        }
        fail("no window titled '" + title + "' within " + STARTUP_LIMIT.toSeconds() + " s");
        return null;
    }

    private static List<String> errorEntries(Path workspace) throws IOException {
        Path log = workspace.resolve(".metadata/.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        Matcher matcher = ERROR_ENTRY.matcher(Files.readString(log));
        return matcher.results().map(m -> m.group()).toList();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
