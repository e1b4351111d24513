package org.daniell.model.issues;

/** A catalogue entry; topic classes declare theirs as {@code public static final Issue} fields. */
public record Issue(String id, Severity defaultSeverity, String template, String explanation, String source)
        implements IssueCode {

    public Issue {
        if (!id.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("issue id must read area.name in lower case: " + id);
        }
        if (defaultSeverity == Severity.IGNORE) {
            throw new IllegalArgumentException("a default severity cannot be 'ignore': " + id);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
