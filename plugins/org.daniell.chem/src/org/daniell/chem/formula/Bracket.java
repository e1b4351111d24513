package org.daniell.chem.formula;

/** The bracket a group was written with; kept so that {@code [Fe(CN)6]} prints back as written. */
public enum Bracket {
    ROUND('(', ')'), SQUARE('[', ']');

    private final char open;
    private final char close;

    Bracket(char open, char close) {
        this.open = open;
        this.close = close;
    }

    public char open() {
        return open;
    }

    public char close() {
        return close;
    }
}
