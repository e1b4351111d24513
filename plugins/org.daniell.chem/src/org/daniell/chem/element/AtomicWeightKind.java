package org.daniell.chem.element;

/** How the atomic weight stored for an element was obtained (IUPAC CIAAW 2021 conventions). */
public enum AtomicWeightKind {
    /** The standard atomic weight is a single value with an uncertainty; the value is used at full precision. */
    SINGLE,
    /** The standard atomic weight is an interval; the IUPAC conventional value is used. */
    CONVENTIONAL,
    /** The element has no standard atomic weight; the mass number of its longest-lived isotope stands in. */
    MASS_NUMBER
}
