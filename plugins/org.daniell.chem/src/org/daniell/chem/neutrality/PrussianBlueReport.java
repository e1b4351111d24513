package org.daniell.chem.neutrality;

/**
 * The Prussian-blue-analogue rule for A_x M_m [M'(CN)6]_y (seed-003-004 §3.2 and rule C-05): neutrality needs
 * x + z_M·m = y·q, where q = 6 - z_M' is the charge of the hexacyanometallate (3 for M'(III), 4 for M'(II)), so
 * q ∈ [3, 4]; and y &lt;= 1 (1 - y is the fraction of [M'(CN)6] vacancies).
 *
 * @param alkali          x, the A-site (alkali) amount
 * @param metal           m, the amount of N-coordinated M
 * @param complex         y, the amount of [M'(CN)6]
 * @param qIfMetalDivalent   q required if all M are M2+
 * @param qIfMetalTrivalent  q required if all M are M3+
 * @param minimumMetalState  lowest mean M oxidation state that balances (q = 3 there); q grows with z_M
 * @param maximumMetalState  highest mean M oxidation state that balances (q = 4 there)
 */
public record PrussianBlueReport(double alkali, double metal, double complex, double qIfMetalDivalent,
                                 double qIfMetalTrivalent, double minimumMetalState, double maximumMetalState) {

    /** Lowest hexacyanometallate charge magnitude, [M'(III)(CN)6]3-. */
    public static final double Q_MIN = 3;
    /** Highest hexacyanometallate charge magnitude, [M'(II)(CN)6]4-. */
    public static final double Q_MAX = 4;

    /** @return true if y &lt;= 1, i.e. no more hexacyanometallate than M sites */
    public boolean complexWithinSites() {
        return complex <= 1 + 1e-9;
    }

    /** @return true if M2+ everywhere balances with some q in [3, 4] */
    public boolean balancesWithDivalentMetal() {
        return qIfMetalDivalent >= Q_MIN - 1e-9 && qIfMetalDivalent <= Q_MAX + 1e-9;
    }

    /** @return true if M3+ everywhere balances with some q in [3, 4] */
    public boolean balancesWithTrivalentMetal() {
        return qIfMetalTrivalent >= Q_MIN - 1e-9 && qIfMetalTrivalent <= Q_MAX + 1e-9;
    }

    /** @return x normalised to one [M'(CN)6] (x / y) */
    public double alkaliPerComplex() {
        return alkali / complex;
    }

    /** @return m normalised to one [M'(CN)6] (m / y) */
    public double metalPerComplex() {
        return metal / complex;
    }
}
