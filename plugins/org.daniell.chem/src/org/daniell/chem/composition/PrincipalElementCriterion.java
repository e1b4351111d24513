package org.daniell.chem.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.daniell.chem.element.Element;

/** Evaluates {@link PrincipalElementReport} for a site. */
public final class PrincipalElementCriterion {

    /** Tolerance for rounding in written fractions (0.35 written, 0.3500000001 computed). */
    private static final double TOLERANCE = 1e-9;

    private PrincipalElementCriterion() {
    }

    /** @return the report for the site, fractions relative to the site occupancy */
    public static PrincipalElementReport evaluate(Sublattice site) {
        List<Element> principal = new ArrayList<>();
        List<Element> minor = new ArrayList<>();
        List<Element> dominant = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : site.siteFractions(false).entrySet()) {
            double x = entry.getValue();
            if (x < PrincipalElementReport.LOWER_FRACTION - TOLERANCE) {
                minor.add(entry.getKey());
            } else if (x > PrincipalElementReport.UPPER_FRACTION + TOLERANCE) {
                dominant.add(entry.getKey());
            } else {
                principal.add(entry.getKey());
            }
        }
        return new PrincipalElementReport(site, principal, minor, dominant);
    }
}
