package org.daniell.model.validation.inventory;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.CompartmentAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.issues.ElectrolyteIssues;
import org.daniell.model.validation.Findings;
import org.daniell.model.validation.TopicValidator;

/** Electroneutrality per compartment and concentration units (seed-000 §3.5, §4.1 R-E1). */
public final class ElectrolyteValidator extends TopicValidator {

    /** Σ cᵢzᵢ within this many eq/L counts as zero: seed-000 §4.1 R-E1. */
    static final double NEUTRALITY_TOLERANCE = 1e-6;

    /**
     * Above this molarity a stated concentration is read as a molality written with the wrong unit: pure water is
     * 55.5 mol/L, and no salt leaves room for its solvent at 20 mol/L (seed-000 §3.5 flags "30 M ZnCl2"; inferred).
     */
    static final double LARGEST_PLAUSIBLE_MOLARITY = 20.0;

    @Override
    public void checkElectrolyte(Electrolyte electrolyte, Findings findings) {
        for (Constituent constituent : electrolyte.getConstituents()) {
            OptionalDouble molar = Stated.value(constituent.getAmount(), Kind.CONCENTRATION);
            if (molar.isPresent() && molar.getAsDouble() > LARGEST_PLAUSIBLE_MOLARITY
                    && constituent.getMaterial() != null && !constituent.getMaterial().eIsProxy()) {
                String value = constituent.getAmount().getValue().stripTrailingZeros().toPlainString();
                findings.reportWithFix(ElectrolyteIssues.MOLARITY_IMPLAUSIBLE, constituent,
                        DesignPackage.Literals.CONSTITUENT__AMOUNT, List.of(value + " mol/kg"), value,
                        constituent.getMaterial().getName());
            }
        }
    }

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        for (CompartmentAnalysis compartment : analysis.inventory().compartments()) {
            for (Constituent unsplit : compartment.unsplit()) {
                findings.report(ElectrolyteIssues.UNKNOWN_IONS, unsplit, DesignPackage.Literals.CONSTITUENT__MATERIAL,
                        unsplit.getMaterial().getName(), compartment.name());
            }
            boolean freeIonReported = checkFreeIons(compartment, findings);
            if (!freeIonReported && compartment.complete() && compartment.cationCharge().isPresent()) {
                Figure plus = compartment.cationCharge().get();
                Figure minus = compartment.anionCharge().get();
                double net = plus.value() - minus.value();
                if (Math.abs(net) > NEUTRALITY_TOLERANCE) {
                    String unit = plus.kind() == Kind.MOLALITY ? " eq/kg" : " eq/L";
                    findings.report(ElectrolyteIssues.NOT_NEUTRAL, compartment.electrolyte(), null,
                            compartment.name(), Figure.format(plus.value()) + unit,
                            Figure.format(minus.value()) + unit, Figure.format(net) + unit);
                }
            }
        }
    }

    /** A free ion (a charged formula) needs a free ion of the other sign in the same compartment. */
    private static boolean checkFreeIons(CompartmentAnalysis compartment, Findings findings) {
        List<Constituent> free = compartment.ions().stream().map(i -> i.constituent()).distinct()
                .filter(c -> charge(c).orElse(0) != 0).toList();
        Set<Integer> signs = free.stream().map(c -> Integer.signum(charge(c).orElse(0))).collect(Collectors.toSet());
        boolean reported = false;
        for (Constituent constituent : free) {
            int sign = Integer.signum(charge(constituent).orElse(0));
            if (!signs.contains(-sign)) {
                findings.report(ElectrolyteIssues.FREE_ION, constituent, DesignPackage.Literals.CONSTITUENT__MATERIAL,
                        constituent.getMaterial().getFormula(), compartment.name(), sign > 0 ? "anion" : "cation");
                reported = true;
            }
        }
        return reported;
    }

    private static Optional<Integer> charge(Constituent constituent) {
        return Chemistry.formula(constituent.getMaterial()).map(ChemicalFormula::charge);
    }
}
