package org.daniell.chem.unit;

import java.util.List;

import javax.measure.Dimension;
import javax.measure.Unit;

/**
 * A unit as the user wrote it, with the Indriya unit it means.
 *
 * @param asWritten the unit text exactly as written (stripped of surrounding white space)
 * @param unit the Indriya unit; compare with {@link Unit#isEquivalentTo(Unit)}
 * @param basis what a fraction is a fraction of ({@link FractionBasis#NONE} for everything but wt%, at%, vol%)
 * @param terms the factors as parsed, with canonical symbols, for printing
 */
public record WrittenUnit(String asWritten, Unit<?> unit, FractionBasis basis, List<UnitTerm> terms) {

    /** No unit at all: a plain number, dimensionless. */
    public static final WrittenUnit NONE = new WrittenUnit("", FieldUnits.ONE, FractionBasis.NONE, List.of());

    /** Copies the term list. */
    public WrittenUnit {
        terms = List.copyOf(terms);
    }

    /** The physical dimension of the unit. */
    public Dimension dimension() {
        return unit.getDimension();
    }

    /** Canonical ASCII spelling that {@link UnitParser} reads back, e.g. {@code "uL/mAh"}, {@code "mg/cm2"}. */
    public String ascii() {
        return UnitPrinter.ascii(terms);
    }

    /** Canonical Unicode spelling, e.g. {@code "µL/mAh"}, {@code "mg/cm²"}. */
    public String unicode() {
        return UnitPrinter.unicode(terms);
    }

    /** Whether this unit means the same as {@code other} (same dimension, identity conversion). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public boolean isEquivalentTo(Unit<?> other) {
        return unit.isCompatible(other) && ((Unit) unit).isEquivalentTo(other);
    }

    @Override
    public String toString() {
        return asWritten;
    }
}
