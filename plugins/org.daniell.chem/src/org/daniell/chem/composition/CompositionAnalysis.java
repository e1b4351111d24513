package org.daniell.chem.composition;

import java.util.List;
import java.util.Map;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Everything this package computes for one formula, over the mixing sites inferred from the written form
 * ({@link SublatticeInference}) or given by the caller.
 *
 * @param formula          the formula
 * @param molarMass        g/mol
 * @param atomFractions    per element, over all atoms
 * @param massFractions    per element
 * @param sites            the mixing sites analysed
 * @param entropy          configurational entropy and class
 * @param principalElements the 5–35 at% definition per site
 * @param sizeMismatch     ionic size mismatch per site (information only)
 */
public record CompositionAnalysis(ChemicalFormula formula, double molarMass, Map<Element, Double> atomFractions,
                                  Map<Element, Double> massFractions, List<Sublattice> sites, EntropyReport entropy,
                                  List<PrincipalElementReport> principalElements,
                                  List<SizeMismatch.Report> sizeMismatch) {

    /** Analyses the formula over its inferred mixing sites, vacancies not counted in the entropy. */
    public static CompositionAnalysis of(ChemicalFormula formula) {
        return of(formula, SublatticeInference.mixingSites(formula), false);
    }

    /** Analyses the formula over the given sites. */
    public static CompositionAnalysis of(ChemicalFormula formula, List<Sublattice> sites, boolean vacancyAsSpecies) {
        return new CompositionAnalysis(formula, formula.molarMass(), CompositionFractions.atomFractions(formula),
                CompositionFractions.massFractions(formula), List.copyOf(sites),
                ConfigurationalEntropy.of(sites, vacancyAsSpecies),
                sites.stream().map(PrincipalElementCriterion::evaluate).toList(),
                sites.stream().map(SizeMismatch::of).toList());
    }

    /** @return the sites whose occupancy exceeds their multiplicity (rule C-03) */
    public List<Sublattice> overfilledSites() {
        return sites.stream().filter(Sublattice::isOverfilled).toList();
    }
}
