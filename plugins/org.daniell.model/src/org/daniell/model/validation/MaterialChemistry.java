package org.daniell.model.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.ElementCategory;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.neutrality.ChargeRole;
import org.daniell.chem.neutrality.ChargeTerm;
import org.daniell.chem.neutrality.NeutralityCheck;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.design.Material;

/** The chemistry of a material as the composition, entropy and mechanism checks read it. */
final class MaterialChemistry {

    /** Peroxide oxygen, O2^2-: O may be -1 where only fixed-valence cations could otherwise balance it. */
    private static final List<Integer> PEROXIDE_OXYGEN = List.of(-2, -1);

    private MaterialChemistry() {
    }

    /** The material's formula, when it has one that reads. */
    static Optional<ChemicalFormula> formula(Material material) {
        return Chemistry.formula(material);
    }

    /**
     * The neutrality report. Where the only anion is oxygen and every cation has one fixed state (H, alkali and
     * alkaline-earth metals: H2O2, Li2O2, Na2O2), excess oxygen can only be peroxide, so O may take -1 (IUPAC Red
     * Book 2005, IR-5.4.2.2 "peroxide").
     */
    static NeutralityReport neutrality(ChemicalFormula formula) {
        NeutralityReport report = NeutralityCheck.check(formula);
        if (report.feasible() || !peroxideCandidate(report)) {
            return report;
        }
        return NeutralityCheck.check(formula, Map.of(PeriodicTable.element("O"), PEROXIDE_OXYGEN));
    }

    private static boolean peroxideCandidate(NeutralityReport report) {
        boolean oxygen = false;
        for (ChargeTerm term : report.terms()) {
            Element element = term.element();
            if (element == null) {
                return false;
            }
            if (term.role() == ChargeRole.ANION) {
                if (!element.symbol().equals("O")) {
                    return false;
                }
                oxygen = true;
            } else if (!(element.symbol().equals("H") || element.category() == ElementCategory.ALKALI
                    || element.category() == ElementCategory.ALKALINE_EARTH)) {
                return false;
            }
        }
        return oxygen;
    }

    /** Organic molecules (carbon written as an element): formal oxidation states say nothing useful there. */
    static boolean organic(NeutralityReport report) {
        return report.terms().stream().anyMatch(t -> t.element() != null && t.element().symbol().equals("C"));
    }

    /** Elements present as cations, for the mechanism rules. */
    static Set<Element> cations(NeutralityReport report) {
        return Set.copyOf(report.terms().stream().filter(t -> t.role() == ChargeRole.CATION && t.element() != null)
                .map(ChargeTerm::element).toList());
    }

    /** Elements present as anions. */
    static Set<Element> anions(NeutralityReport report) {
        return Set.copyOf(report.terms().stream().filter(t -> t.role() == ChargeRole.ANION && t.element() != null)
                .map(ChargeTerm::element).toList());
    }

    static String format(double value) {
        return org.daniell.model.analysis.Figure.format(value);
    }

    static String signed(double value) {
        String text = format(value);
        return value > 0 ? "+" + text : text;
    }
}
