package org.daniell.model.validation.capacity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Component;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Material;

/** Which family a cell's electrodes belong to, as far as the capacity and practicality rules need to know. */
final class CellChemistry {

    /** Elements of a manganese oxide that are not pre-intercalated guests: any other cation is (seed-001-002 §3.2 C7). */
    private static final Set<String> NOT_GUESTS = Set.of("Mn", "Zn", "H", "O");

    private static final String[] STABILISATION_WORDS = { "pre-intercalat", "preintercalat", "superlattice", "pani",
            "polyaniline" };

    private CellChemistry() {
    }

    /** A cell whose negative is zinc metal: the scope of the aqueous-zinc rules of seed-001-002. */
    static boolean zincMetalAnode(CellAnalysis analysis) {
        return analysis.negative().filter(n -> n.plating() || n.metalFoil())
                .flatMap(ElectrodeAnalysis::material).flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal)
                .map(Element::symbol).filter("Zn"::equals).isPresent();
    }

    static Optional<ChemicalFormula> positiveFormula(CellAnalysis analysis) {
        return analysis.positive().flatMap(ElectrodeAnalysis::material).flatMap(Chemistry::formula);
    }

    /** MnO2, ZnMn2O4, NCMO …: any positive active material with manganese (seed-001-002 §3.2 C6, C7). */
    static boolean manganeseBased(CellAnalysis analysis) {
        return positiveFormula(analysis).map(f -> f.amountOf("Mn") > 0).orElse(false);
    }

    /** An iodine positive: the active material is elemental iodine (seed-001-002 §3.2 C12). */
    static boolean iodine(CellAnalysis analysis) {
        return positiveFormula(analysis)
                .map(f -> f.elementAmounts().keySet().stream().allMatch(e -> e.symbol().equals("I"))
                        && !f.elementAmounts().isEmpty())
                .orElse(false);
    }

    /** Whether the electrolyte holds a manganese salt (a Mn2+ additive such as MnSO4). */
    static boolean manganeseInElectrolyte(Electrolyte electrolyte) {
        for (Constituent constituent : Resolved.constituents(electrolyte)) {
            Material material = constituent.getMaterial();
            if (Resolved.resolved(material)
                    && Chemistry.formula(material).map(f -> f.amountOf("Mn") > 0).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the positive states a stabilisation strategy against Mn dissolution: pre-intercalated guest cations in
     * the formula, or a structure or component that names pre-intercalation, a superlattice or a PANI interface.
     */
    static boolean stabilisedManganese(ElectrodeAnalysis positive) {
        Optional<Material> material = positive.material();
        if (material.flatMap(Chemistry::formula)
                .map(f -> f.elementAmounts().keySet().stream().anyMatch(e -> !NOT_GUESTS.contains(e.symbol())))
                .orElse(false)) {
            return true;
        }
        if (material.map(m -> namesStabilisation(m.getName()) || namesStabilisation(m.getStructure())).orElse(false)) {
            return true;
        }
        for (Component component : Resolved.components(positive.electrode())) {
            Material other = component.getMaterial();
            if (Resolved.resolved(other) && !other.equals(material.orElse(null))
                    && (namesStabilisation(other.getName()) || namesStabilisation(other.getStructure()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesStabilisation(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : STABILISATION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
