package org.daniell.chem.formula;

/**
 * A positioned remark about a formula that was read, but where the reading involved an assumption the writer
 * should confirm (equal shares in {@code (CrMnFeCoNi)3O4}, '.' read as hydrate dot, ...).
 *
 * @param offset  0-based offset of the text the remark is about
 * @param length  number of characters concerned
 * @param message the assumption that was made and how to write the formula unambiguously
 */
public record FormulaWarning(int offset, int length, String message) {

    /** @return the same warning moved by {@code delta} characters (used when a formula is part of a longer text) */
    public FormulaWarning shifted(int delta) {
        return new FormulaWarning(offset + delta, length, message);
    }

    @Override
    public String toString() {
        return "warning at " + offset + ": " + message;
    }
}
