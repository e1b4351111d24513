package org.daniell.chem.composition;

import java.util.List;

import org.daniell.chem.formula.ChemicalFormula;

/**
 * S_config = −R Σ_sites Σ_i x_i ln x_i with x_i normalised per mixing site ([S4] §2 eqns (1), (2); the per-site
 * normalisation follows from the seed's anchor "1.61R for five equimolar cations", seed-003-004 §1.2).
 */
public final class ConfigurationalEntropy {

    private ConfigurationalEntropy() {
    }

    /** Entropy of the mixing sites inferred from the written formula, vacancies not counted as species. */
    public static EntropyReport of(ChemicalFormula formula) {
        return of(SublatticeInference.mixingSites(formula), false);
    }

    /**
     * @param sites            the mixing sites
     * @param vacancyAsSpecies count vacancies (multiplicity − occupancy) as a species ([S4]: usually not done)
     */
    public static EntropyReport of(List<Sublattice> sites, boolean vacancyAsSpecies) {
        List<SiteEntropy> terms = sites.stream()
                .map(site -> new SiteEntropy(site, siteEntropy(site, vacancyAsSpecies), vacancyAsSpecies))
                .toList();
        return new EntropyReport(terms, terms.stream().mapToDouble(SiteEntropy::inUnitsOfR).sum());
    }

    /** @return −Σ x ln x for the site, in units of R */
    public static double siteEntropy(Sublattice site, boolean vacancyAsSpecies) {
        double sum = 0;
        for (double x : site.siteFractions(vacancyAsSpecies).values()) {
            if (x > 0) {
                sum -= x * Math.log(x);
            }
        }
        return sum;
    }

    /** @return −Σ x ln x of the given fractions (normalised first), in units of R */
    public static double ofFractions(double... fractions) {
        double total = 0;
        for (double f : fractions) {
            total += f;
        }
        double sum = 0;
        for (double f : fractions) {
            if (f > 0) {
                sum -= f / total * Math.log(f / total);
            }
        }
        return sum;
    }
}
