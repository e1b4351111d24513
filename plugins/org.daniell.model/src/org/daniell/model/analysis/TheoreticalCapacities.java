package org.daniell.model.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.daniell.chem.capacity.MetalAnodeCapacity;
import org.daniell.chem.capacity.TheoreticalCapacity;
import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.unit.Kind;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Material;

/** The theoretical specific capacity of a material as a figure, for the analysis and the editor's values alike. */
public final class TheoreticalCapacities {

    private static final String FARADAY = "Faraday's law, Q = nF/(3.6 M) (seed-001-002 §2 F1)";

    private TheoreticalCapacities() {
    }

    /**
     * For a plating metal, z·F/(3.6·M) with the charge of the first carrier ion (else the usual cation charge);
     * otherwise n·F/(3.6·M) with the stated electrons per formula unit (the component's, else the material's when it
     * is used as catalogued). {@code active} may be null for a material on its own.
     */
    public static Optional<Figure> of(Material material, ActiveComponent active, boolean plating) {
        Optional<ChemicalFormula> formula = Chemistry.formula(material);
        if (formula.isEmpty()) {
            return Optional.empty();
        }
        Optional<Element> metal = Chemistry.singleMetal(formula.get());
        if (plating && metal.isPresent()) {
            List<String> carriers = active != null && !active.getCarriers().isEmpty() ? active.getCarriers()
                    : material.getCarriers();
            OptionalInt charge = carriers.stream().map(Chemistry::charge).filter(OptionalInt::isPresent).findFirst()
                    .orElseGet(() -> Chemistry.defaultCationCharge(metal.get()));
            if (charge.isEmpty() || charge.getAsInt() <= 0) {
                return Optional.empty();
            }
            return Optional.of(Figure.derived("theoreticalCapacity", "theoretical capacity of " + metal.get().symbol(),
                    MetalAnodeCapacity.mAhPerGram(metal.get(), charge.getAsInt()), Kind.SPECIFIC_CAPACITY,
                    "z·F/(3.6·M) with z = " + charge.getAsInt(), FARADAY));
        }
        BigDecimal electrons = active != null && active.getElectrons() != null ? active.getElectrons()
                : active == null || Chemistry.usedAsCatalogued(active, material) ? material.getElectrons() : null;
        if (electrons == null || electrons.signum() <= 0) {
            return Optional.empty();
        }
        double q = TheoreticalCapacity.mAhPerGram(formula.get(), electrons.doubleValue());
        return Optional.of(Figure.derived("theoreticalCapacity", "theoretical capacity of " + material.getName(), q,
                Kind.SPECIFIC_CAPACITY, "n·F/(3.6·M) with n = " + electrons.stripTrailingZeros().toPlainString()
                        + ", M = " + Figure.format(formula.get().molarMass()) + " g/mol", FARADAY));
    }
}
