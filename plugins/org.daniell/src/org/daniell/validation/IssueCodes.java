package org.daniell.validation;

import java.text.MessageFormat;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * The one catalogue of Daniell findings. Every check reports through an entry here: a stable code
 * ({@code area.name}), a default severity, a message template, an explanation for a researcher and
 * the source the rule comes from.
 */
public enum IssueCodes {

    CELL_MISSING_ELECTRODE("cell.missing-electrode", Severity.ERROR,
            "Cell ''{0}'' has no {1} electrode.",
            "An electrochemical cell needs a negative and a positive electrode: the reaction at one supplies "
                    + "the electrons the other consumes, so a cell without either cannot deliver charge.",
            "IUPAC Compendium of Chemical Terminology (Gold Book), 'electrochemical cell'");

    private final String code;
    private final Severity defaultSeverity;
    private final String messageTemplate;
    private final String explanation;
    private final String source;

    IssueCodes(String code, Severity defaultSeverity, String messageTemplate, String explanation, String source) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.messageTemplate = messageTemplate;
        this.explanation = explanation;
        this.source = source;
    }

    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String explanation() {
        return explanation;
    }

    public String source() {
        return source;
    }

    /** The message with its placeholders filled in. */
    public String message(Object... arguments) {
        return new MessageFormat(messageTemplate).format(arguments);
    }
}
