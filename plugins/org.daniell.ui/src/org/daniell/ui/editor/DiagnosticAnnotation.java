package org.daniell.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

/** An editor annotation for one validation finding; typed so the editor draws it as error, warning or info. */
public final class DiagnosticAnnotation extends Annotation {

    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    private final String code;

    DiagnosticAnnotation(Issue issue) {
        super(typeOf(issue), false, issue.getMessage());
        this.code = issue.getCode();
    }

    /** The stable issue code of the finding, or {@code null} for syntax errors without one. */
    public String getCode() {
        return code;
    }

    private static String typeOf(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            default -> INFO;
        };
    }
}
