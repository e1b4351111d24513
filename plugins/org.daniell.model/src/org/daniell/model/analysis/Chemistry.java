package org.daniell.model.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.ElementCategory;
import org.daniell.chem.element.OxidationStateTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.design.Material;

/** Reads the chemistry of model elements through the kernel; unreadable text is simply absent. */
public final class Chemistry {

    private Chemistry() {
    }

    public static Optional<ChemicalFormula> formula(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return ChemicalFormula.parse(text).optionalValue();
    }

    public static Optional<ChemicalFormula> formula(Material material) {
        return Resolved.resolved(material) ? formula(material.getFormula()) : Optional.empty();
    }

    /** The element if the formula is one metal (Zn, Li, Al …), as plating anodes and foils are written. */
    public static Optional<Element> singleMetal(ChemicalFormula formula) {
        Map<Element, Double> amounts = formula.elementAmounts();
        if (amounts.size() != 1 || formula.charge() != 0) {
            return Optional.empty();
        }
        Element element = amounts.keySet().iterator().next();
        boolean metal = element.category().isMetalLike() && element.category() != ElementCategory.METALLOID;
        return metal ? Optional.of(element) : Optional.empty();
    }

    /** The charge of an ion written as text ({@code Zn[2+]}, {@code PF6[-]}), if it reads as a charged formula. */
    public static OptionalInt charge(String ion) {
        return formula(ion).filter(f -> f.charge() != 0).map(f -> OptionalInt.of(f.charge())).orElse(OptionalInt.empty());
    }

    /**
     * True unless the component stores other ions, or by another mechanism, than the material is catalogued for: a
     * library material's potential, electrons and capacity hold only for the use they were catalogued with.
     */
    public static boolean usedAsCatalogued(org.daniell.model.design.ActiveComponent active, Material material) {
        boolean sameCarriers = active.getCarriers().isEmpty() || material.getCarriers().isEmpty()
                || material.getCarriers().containsAll(active.getCarriers());
        boolean sameMechanism = !active.isSetMechanism() || material.getMechanisms().isEmpty()
                || material.getMechanisms().contains(active.getMechanism());
        return sameCarriers && sameMechanism;
    }

    public static OptionalInt defaultCationCharge(Element element) {
        return OxidationStateTable.of(element).map(s -> s.cationDefault()).orElse(OptionalInt.empty());
    }
}
