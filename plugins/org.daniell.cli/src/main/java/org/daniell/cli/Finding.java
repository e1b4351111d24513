package org.daniell.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/** One finding as the command line prints it: {@code file:line:col severity code message}. */
record Finding(Path file, int line, int column, String severity, String code, String message) {

    /** Code printed for parse errors, which carry no catalogue code. */
    static final String SYNTAX = "syntax";
    /** Code printed for names that do not resolve. */
    static final String UNRESOLVED_NAME = "link.unresolved-name";

    static Finding of(Path file, Issue issue) {
        return new Finding(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                issue.getSeverity().name().toLowerCase(Locale.ROOT), codeOf(issue), issue.getMessage());
    }

    String format() {
        return file + ":" + line + ":" + column + " " + severity + " " + code + " " + message;
    }

    private static String codeOf(Issue issue) {
        String code = issue.getCode();
        if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
            return SYNTAX;
        }
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
            return UNRESOLVED_NAME;
        }
        return code;
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }
}
