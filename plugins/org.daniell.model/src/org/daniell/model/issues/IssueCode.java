package org.daniell.model.issues;

import java.text.MessageFormat;

/**
 * One entry of the issue-code catalogue: a stable id ({@code area.name}), a default severity, a message template
 * ({@link MessageFormat} syntax), a paragraph of explanation for a researcher and the source of the rule. Topic
 * enums implement this interface; {@link IssueCatalogue} lists them all.
 */
public interface IssueCode {

    String id();

    Severity defaultSeverity();

    String template();

    String explanation();

    String source();

    /** The part of the id before the dot: the topic the rule belongs to. */
    default String area() {
        return id().substring(0, id().indexOf('.'));
    }

    /** The message with its placeholders filled in. */
    default String message(Object... arguments) {
        return new MessageFormat(template(), java.util.Locale.ROOT).format(arguments);
    }
}
