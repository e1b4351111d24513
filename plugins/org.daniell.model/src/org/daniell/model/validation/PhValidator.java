package org.daniell.model.validation;

import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Feed;
import org.daniell.model.design.Mechanism;
import org.daniell.model.issues.PhIssues;

/** pH compatibility of electrodes, fuels and electrolytes (seed-000 §4.3). */
final class PhValidator extends TopicValidator {

    /** Zinc metal corrodes rapidly below this pH (seed-000 §4.3 R-P1, inferred cut). */
    static final double ZINC_ACID_PH = 4;
    /** Halogens disproportionate above this pH (seed-000 §4.3 R-P2, inferred cut). */
    static final double HALOGEN_ALKALI_PH = 12;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        analysis.negative().ifPresent(n -> acidicZinc(cell, n, findings));
        analysis.positive().ifPresent(p -> alkalineHalogen(cell, p, findings));
        for (ElectrodeAnalysis electrode : new ElectrodeAnalysis[] { analysis.negative().orElse(null),
                analysis.positive().orElse(null) }) {
            if (electrode != null) {
                spinelManganate(cell, electrode, findings);
            }
        }
        for (Cell c : Resolved.lineage(cell)) {
            for (Compartment compartment : c.getCompartments()) {
                borohydride(compartment, findings);
            }
        }
        aluminium(cell, analysis, findings);
    }

    private static void acidicZinc(Cell cell, ElectrodeAnalysis negative, Findings findings) {
        boolean zinc = negative.plating() && negative.material().flatMap(Chemistry::formula)
                .flatMap(Chemistry::singleMetal).map(m -> "Zn".equals(m.symbol())).orElse(false);
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, negative.electrode());
        OptionalDouble pH = electrolyte.map(ElectrolyteFacts::pH).orElse(OptionalDouble.empty());
        if (zinc && pH.isPresent() && pH.getAsDouble() < ZINC_ACID_PH) {
            findings.report(PhIssues.ACIDIC_ZINC, electrolyte.get(), DesignPackage.Literals.ELECTROLYTE__PH,
                    Figure.format(pH.getAsDouble()), Figure.format(ZINC_ACID_PH));
        }
    }

    static boolean halogen(ElectrodeAnalysis electrode) {
        if (electrode.mechanism().orElse(null) == Mechanism.HALOGEN_REDOX) {
            return true;
        }
        return electrode.material().flatMap(Chemistry::formula).map(f -> f.elementAmounts().size() == 1
                && f.charge() == 0 && f.elementAmounts().keySet().stream()
                        .anyMatch(e -> java.util.Set.of("Cl", "Br", "I").contains(e.symbol())))
                .orElse(false);
    }

    private static void alkalineHalogen(Cell cell, ElectrodeAnalysis positive, Findings findings) {
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, positive.electrode());
        OptionalDouble pH = electrolyte.map(ElectrolyteFacts::pH).orElse(OptionalDouble.empty());
        if (halogen(positive) && pH.isPresent() && pH.getAsDouble() > HALOGEN_ALKALI_PH) {
            findings.report(PhIssues.ALKALINE_HALOGEN, electrolyte.get(), DesignPackage.Literals.ELECTROLYTE__PH,
                    positive.material().map(m -> m.getName()).orElse(positive.name()), Figure.format(pH.getAsDouble()),
                    Figure.format(HALOGEN_ALKALI_PH));
        }
    }

    private static void spinelManganate(Cell cell, ElectrodeAnalysis electrode, Findings findings) {
        boolean spinel = electrode.material().flatMap(Chemistry::formula).map(PhValidator::limn2o4).orElse(false);
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, electrode.electrode());
        if (spinel && electrolyte.isPresent() && ElectrolyteFacts.waterBased(electrolyte.get())) {
            findings.report(PhIssues.SPINEL_MANGANATE_AQUEOUS, electrode.active().orElseThrow(),
                    DesignPackage.Literals.COMPONENT__MATERIAL, electrode.material().get().getName());
        }
    }

    static boolean limn2o4(ChemicalFormula f) {
        return f.elementAmounts().size() == 3 && near(f.amountOf("Li"), 1) && near(f.amountOf("Mn"), 2)
                && near(f.amountOf("O"), 4);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.15;
    }

    /** BH4- in a material: boron with four hydrogens each (NaBH4, KBH4). */
    static boolean borohydride(ChemicalFormula f) {
        double boron = f.amountOf("B");
        return boron > 0 && Math.abs(f.amountOf("H") - 4 * boron) < 1e-6;
    }

    private static void borohydride(Compartment compartment, Findings findings) {
        Electrolyte electrolyte = compartment.getElectrolyte();
        if (electrolyte == null) {
            return;
        }
        boolean notAlkaline = ElectrolyteFacts.pH(electrolyte).isPresent() ? !ElectrolyteFacts.alkaline(electrolyte)
                : ElectrolyteFacts.acidic(electrolyte);
        if (!notAlkaline) {
            return;
        }
        for (Feed feed : compartment.getFeeds()) {
            if (Chemistry.formula(feed.getMaterial()).map(PhValidator::borohydride).orElse(false)) {
                findings.report(PhIssues.BOROHYDRIDE_NOT_ALKALINE, feed, DesignPackage.Literals.FEED__MATERIAL,
                        feed.getMaterial().getName());
            }
        }
    }

    private static void aluminium(Cell cell, CellAnalysis analysis, Findings findings) {
        for (Electrolyte electrolyte : ElectrolyteFacts.all(cell)) {
            if (!ElectrolyteFacts.waterBased(electrolyte)) {
                continue;
            }
            boolean aluminium = ElectrolyteFacts.metalCations(electrolyte).stream()
                    .anyMatch(c -> "Al".equals(c.element().symbol()) && isSalt(electrolyte, c))
                    || analysis.negative().map(n -> n.carriers().contains("Al[3+]")).orElse(false)
                    || analysis.positive().map(p -> p.carriers().contains("Al[3+]")).orElse(false);
            boolean urea = Resolved.constituents(electrolyte).stream().map(c -> Chemistry.formula(c.getMaterial()))
                    .flatMap(Optional::stream).anyMatch(f -> f.elementAmounts().size() == 4 && f.amountOf("C") == 1
                            && f.amountOf("N") == 2 && f.amountOf("O") == 1 && f.amountOf("H") == 4);
            if (aluminium && !urea) {
                findings.report(PhIssues.ALUMINIUM_HYDROLYSIS, electrolyte, DesignPackage.Literals.ELECTROLYTE__KIND);
            }
        }
    }

    /** The cation comes from a salt (not from an alum additive at additive level). */
    private static boolean isSalt(Electrolyte electrolyte, ElectrolyteFacts.Cation cation) {
        return Resolved.constituents(electrolyte).stream()
                .filter(c -> c.getRole() == org.daniell.model.design.ConstituentRole.SALT)
                .map(c -> Chemistry.formula(c.getMaterial())).flatMap(Optional::stream)
                .anyMatch(f -> f.elementAmounts().containsKey(cation.element()));
    }
}
