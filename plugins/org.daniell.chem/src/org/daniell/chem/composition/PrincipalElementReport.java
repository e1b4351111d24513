package org.daniell.chem.composition;

import java.util.List;

import org.daniell.chem.element.Element;

/**
 * The composition-based definition of a high-entropy material on one site ([S3] §1: "five or more elements ...
 * composition range: 5–35 at%"; [S4] §2), reported separately from the entropy class because the two can disagree
 * (seed-003-004 §1.1). Fractions are site fractions; both bounds are inclusive.
 *
 * @param site      the site
 * @param principal elements with a site fraction in [5 %, 35 %]
 * @param minor     elements below 5 %
 * @param dominant  elements above 35 %
 */
public record PrincipalElementReport(Sublattice site, List<Element> principal, List<Element> minor,
                                     List<Element> dominant) {

    /** Minimum number of principal elements. */
    public static final int MINIMUM_PRINCIPAL_ELEMENTS = 5;
    /** Lower bound of a principal element's site fraction, inclusive (5 at%). */
    public static final double LOWER_FRACTION = 0.05;
    /** Upper bound of a principal element's site fraction, inclusive (35 at%). */
    public static final double UPPER_FRACTION = 0.35;

    public PrincipalElementReport {
        principal = List.copyOf(principal);
        minor = List.copyOf(minor);
        dominant = List.copyOf(dominant);
    }

    /** @return at least five principal elements and none above 35 % (minor additions below 5 % allowed) */
    public boolean satisfied() {
        return principal.size() >= MINIMUM_PRINCIPAL_ELEMENTS && dominant.isEmpty();
    }

    /** @return the strict reading: at least five elements and every element within 5–35 % */
    public boolean strictlySatisfied() {
        return satisfied() && minor.isEmpty();
    }
}
