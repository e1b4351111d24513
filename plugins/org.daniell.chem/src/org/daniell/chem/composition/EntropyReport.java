package org.daniell.chem.composition;

import org.daniell.chem.PhysicalConstants;

import java.util.List;

/**
 * Configurational entropy of a formula, per [S4] eqn (1): the sum of the per-site terms, each normalised per
 * site. With two cation sites (perovskite A and B) the sum is used for the class; the per-site values are kept
 * so a reader can apply another convention.
 *
 * @param sites      one entry per mixing site
 * @param inUnitsOfR Σ site terms, in units of R
 */
public record EntropyReport(List<SiteEntropy> sites, double inUnitsOfR) {

    public EntropyReport {
        sites = List.copyOf(sites);
    }

    /** @return the entropy in J/(mol K), using R = {@value org.daniell.chem.PhysicalConstants#GAS_CONSTANT} J/(mol K) */
    public double joulesPerMoleKelvin() {
        return inUnitsOfR * PhysicalConstants.GAS_CONSTANT;
    }

    /** @return the class of the summed entropy */
    public EntropyClass entropyClass() {
        return EntropyClass.classify(inUnitsOfR);
    }

    /** @return the largest single-site term, in units of R (0 without sites) */
    public double largestSiteInUnitsOfR() {
        return sites.stream().mapToDouble(SiteEntropy::inUnitsOfR).max().orElse(0);
    }
}
