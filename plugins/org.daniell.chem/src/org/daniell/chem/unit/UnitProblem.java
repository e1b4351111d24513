package org.daniell.chem.unit;

import java.util.List;
import java.util.stream.Collectors;

import javax.measure.Dimension;

/**
 * Why a unit or quantity was refused. Each problem has a position ({@link #offset()}, {@link #length()})
 * relative to the text that was parsed or checked, so a caller adds the offset of that text in the source
 * file and reports a diagnostic at the right place.
 */
public sealed interface UnitProblem permits UnitProblem.SyntaxError, UnitProblem.DimensionMismatch,
        UnitProblem.BasisMismatch {

    /** Start of the offending text, in UTF-16 chars from the start of the parsed text. */
    int offset();

    /** Length of the offending text in UTF-16 chars (at least 1 where there is text to point at). */
    int length();

    /** A message for a person, naming what was written and what was expected. */
    String message();

    /** The same problem moved {@code delta} characters to the right. */
    UnitProblem shifted(int delta);

    /**
     * The text is not a unit or quantity this parser understands.
     *
     * @param offset start of the bad text
     * @param length length of the bad text
     * @param message what is wrong, e.g. {@code "unknown unit 'mAhh' (did you mean 'mAh'?)"}
     */
    record SyntaxError(int offset, int length, String message) implements UnitProblem {
        @Override
        public SyntaxError shifted(int delta) {
            return new SyntaxError(offset + delta, length, message);
        }
    }

    /**
     * The unit parses but has the wrong dimension for what is expected: a length where a capacity belongs.
     *
     * @param expected the kind the caller asked for
     * @param actual the dimension of the unit as written
     * @param unitAsWritten the unit text as the user wrote it
     * @param offset start of the unit text
     * @param length length of the unit text
     */
    record DimensionMismatch(Kind<?> expected, Dimension actual, String unitAsWritten, int offset, int length)
            implements UnitProblem {

        /** A mismatch positioned over the whole unit text. */
        public DimensionMismatch(Kind<?> expected, Dimension actual, String unitAsWritten) {
            this(expected, actual, unitAsWritten, 0, Math.max(1, unitAsWritten.length()));
        }

        /** The kinds that the written unit would fit (empty if none of the language's kinds has its dimension). */
        public List<Kind<?>> actualKinds() {
            return Kind.withDimension(actual);
        }

        @Override
        public String message() {
            String written = unitAsWritten.isEmpty() ? "no unit" : "'" + unitAsWritten + "'";
            List<Kind<?>> kinds = actualKinds();
            String is = kinds.isEmpty() ? "dimension " + actual
                    : kinds.stream().map(Kind::description).collect(Collectors.joining(" or "));
            String example = expected.displaySymbol().isEmpty() ? "a plain number" : expected.displaySymbol();
            return "expected a " + expected.description() + " (e.g. " + example + ") but " + written + " is a " + is;
        }

        @Override
        public DimensionMismatch shifted(int delta) {
            return new DimensionMismatch(expected, actual, unitAsWritten, offset + delta, length);
        }
    }

    /**
     * The unit is a fraction of the wrong basis: wt% where an amount fraction (at%) is expected.
     *
     * @param expected the kind the caller asked for
     * @param actual the basis that was written
     * @param unitAsWritten the unit text as the user wrote it
     * @param offset start of the unit text
     * @param length length of the unit text
     */
    record BasisMismatch(Kind<?> expected, FractionBasis actual, String unitAsWritten, int offset, int length)
            implements UnitProblem {

        /** A mismatch positioned over the whole unit text. */
        public BasisMismatch(Kind<?> expected, FractionBasis actual, String unitAsWritten) {
            this(expected, actual, unitAsWritten, 0, Math.max(1, unitAsWritten.length()));
        }

        @Override
        public String message() {
            return "expected a " + expected.description() + " but '" + unitAsWritten + "' is a " + actual.description()
                    + "; converting between fraction bases needs molar masses or densities, not a unit conversion";
        }

        @Override
        public BasisMismatch shifted(int delta) {
            return new BasisMismatch(expected, actual, unitAsWritten, offset + delta, length);
        }
    }
}
