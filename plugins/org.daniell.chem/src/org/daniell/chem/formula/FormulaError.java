package org.daniell.chem.formula;

/**
 * A positioned problem that stops a formula (or reaction) from being read.
 *
 * @param offset  0-based offset of the first offending character in the text that was parsed
 * @param length  number of offending characters (0 for "something is missing here")
 * @param message what is wrong and, where possible, how to write it instead
 */
public record FormulaError(int offset, int length, String message) {

    @Override
    public String toString() {
        return "error at " + offset + (length > 1 ? "-" + (offset + length - 1) : "") + ": " + message;
    }
}
