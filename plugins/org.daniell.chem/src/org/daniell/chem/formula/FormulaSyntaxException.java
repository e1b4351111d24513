package org.daniell.chem.formula;

import java.util.List;

/** Checked exception for callers that prefer exceptions to {@link ParseResult}; carries the positioned errors. */
public final class FormulaSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FormulaError> errors;

    public FormulaSyntaxException(List<FormulaError> errors) {
        super(errors.isEmpty() ? "invalid formula" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
    }

    /** @return the positioned errors, never empty */
    public List<FormulaError> errors() {
        return errors;
    }
}
