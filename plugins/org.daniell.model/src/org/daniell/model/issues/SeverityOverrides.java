package org.daniell.model.issues;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-project severity overrides, read from a {@value #FILE_NAME} file (Java properties) in the folder of the spec or
 * any folder above it; the nearest file wins. Each line reads {@code severity.<code> = error|warning|info|ignore},
 * for example {@code severity.practicality.low-loading = ignore}.
 */
public final class SeverityOverrides {

    public static final String FILE_NAME = "daniell.settings";
    private static final String PREFIX = "severity.";
    private static final SeverityOverrides NONE = new SeverityOverrides(Map.of(), null, List.of());
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Severity> overrides;
    private final Path file;
    private final List<String> problems;

    private SeverityOverrides(Map<String, Severity> overrides, Path file, List<String> problems) {
        this.overrides = overrides;
        this.file = file;
        this.problems = problems;
    }

    public static SeverityOverrides none() {
        return NONE;
    }

    /** The overrides that apply to a spec in {@code folder}: the nearest {@value #FILE_NAME} at or above it. */
    public static SeverityOverrides forFolder(Path folder) {
        for (Path current = folder == null ? null : folder.toAbsolutePath(); current != null; current = current.getParent()) {
            Path candidate = current.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return load(candidate);
            }
        }
        return NONE;
    }

    /** Reads one settings file; unknown codes and severities are kept as {@link #problems()}, not thrown. */
    public static SeverityOverrides load(Path file) {
        try {
            long stamp = Files.getLastModifiedTime(file).toMillis();
            Cached cached = CACHE.get(file);
            if (cached != null && cached.stamp == stamp) {
                return cached.overrides;
            }
            SeverityOverrides parsed = parse(file);
            CACHE.put(file, new Cached(stamp, parsed));
            return parsed;
        } catch (IOException e) {
            return new SeverityOverrides(Map.of(), file, List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static SeverityOverrides parse(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Severity> overrides = new LinkedHashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (!key.startsWith(PREFIX)) {
                problems.add(file + ": '" + key + "' is not a setting Daniell knows; write severity.<code> = <severity>");
                continue;
            }
            String code = key.substring(PREFIX.length());
            if (IssueCatalogue.find(code).isEmpty()) {
                problems.add(file + ": there is no finding with code '" + code + "' (see docs/diagnostics.md)");
                continue;
            }
            Severity.parse(value).ifPresentOrElse(s -> overrides.put(code, s), () -> problems.add(
                    file + ": '" + value + "' is not a severity; use error, warning, info or ignore"));
        }
        return new SeverityOverrides(Collections.unmodifiableMap(overrides), file, List.copyOf(problems));
    }

    /** The severity {@code code} has in this project: the override if there is one, else its default. */
    public Severity severityOf(IssueCode code) {
        return overrides.getOrDefault(code.id(), code.defaultSeverity());
    }

    public Map<String, Severity> overrides() {
        return overrides;
    }

    /** The settings file these overrides come from, or null when there is none. */
    public Path file() {
        return file;
    }

    /** Lines of the settings file that could not be applied, each a sentence naming the file. */
    public List<String> problems() {
        return problems;
    }

    private record Cached(long stamp, SeverityOverrides overrides) {
    }
}
