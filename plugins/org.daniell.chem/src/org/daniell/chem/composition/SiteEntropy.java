package org.daniell.chem.composition;

/**
 * The configurational entropy of one site, −Σ x ln x over its site fractions.
 *
 * @param site             the site
 * @param inUnitsOfR       S / R per mole of sites (normalised per site, not multiplied by the multiplicity)
 * @param vacancyAsSpecies whether vacancies were counted as a species
 */
public record SiteEntropy(Sublattice site, double inUnitsOfR, boolean vacancyAsSpecies) {
}
