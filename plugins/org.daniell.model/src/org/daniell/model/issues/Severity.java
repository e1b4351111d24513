package org.daniell.model.issues;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; {@link #IGNORE} exists only as a per-project override. */
public enum Severity {
    ERROR, WARNING, INFO, IGNORE;

    /** The lower-case word used in settings files and in the CLI ({@code error}, {@code warning} …). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String word) {
        for (Severity severity : values()) {
            if (severity.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
