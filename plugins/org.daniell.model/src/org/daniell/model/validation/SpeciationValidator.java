package org.daniell.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.electrochem.StandardPotential;
import org.daniell.chem.electrochem.StandardPotentials;
import org.daniell.chem.element.Element;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.AuxiliaryComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.ComponentKind;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.issues.SpeciationIssues;

/** Which cations plate or cement first and whether polyhalides stay at the cathode (seed-000 §4.5). */
final class SpeciationValidator extends TopicValidator {

    /** A cation this much nobler than the anode metal plates first or cements (seed-000 §4.5 R-S1, inferred). */
    static final double CEMENTATION_MARGIN_V = 0.1;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        analysis.negative().filter(ElectrodeAnalysis::plating).ifPresent(n -> nobleCations(cell, n, findings));
        analysis.positive().filter(PhValidator::halogen).ifPresent(p -> halogenShuttle(cell, p, findings));
    }

    private static void nobleCations(Cell cell, ElectrodeAnalysis negative, Findings findings) {
        Optional<Element> metal = negative.material().flatMap(Chemistry::formula).flatMap(Chemistry::singleMetal);
        OptionalDouble anode = CellPotentials.average(Optional.of(negative));
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, negative.electrode());
        if (metal.isEmpty() || anode.isEmpty() || electrolyte.isEmpty()) {
            return;
        }
        for (ElectrolyteFacts.Cation cation : ElectrolyteFacts.metalCations(electrolyte.get())) {
            if (cation.element().equals(metal.get())) {
                continue;
            }
            List<StandardPotential> couples = StandardPotentials.forCouple(cation.written(), cation.element().symbol());
            if (!couples.isEmpty() && couples.get(0).volts() > anode.getAsDouble() + CEMENTATION_MARGIN_V) {
                findings.report(SpeciationIssues.NOBLE_CATION, electrolyte.get(), null, cation.written(),
                        Figure.format(couples.get(0).volts()), metal.get().symbol(), Figure.format(anode.getAsDouble()),
                        Figure.format(CEMENTATION_MARGIN_V));
            }
        }
    }

    private static void halogenShuttle(Cell cell, ElectrodeAnalysis positive, Findings findings) {
        boolean confined = Resolved.components(positive.electrode()).stream()
                .anyMatch(c -> c instanceof AuxiliaryComponent a && a.getKind() == ComponentKind.CATALYST)
                || Resolved.activeComponents(positive.electrode()).size() > 1;
        boolean separated = Resolved.lineage(cell).stream()
                .anyMatch(c -> !c.getSeparators().isEmpty() || !c.getMembranes().isEmpty());
        Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, positive.electrode());
        boolean gel = electrolyte.flatMap(ElectrolyteFacts::kind).map(k -> k == ElectrolyteKind.HYDROGEL
                || k == ElectrolyteKind.GEL_POLYMER || k == ElectrolyteKind.SOLID).orElse(false);
        if (!confined && !separated && !gel) {
            findings.report(SpeciationIssues.HALOGEN_SHUTTLE, positive.active().orElseThrow(),
                    DesignPackage.Literals.COMPONENT__MATERIAL,
                    positive.material().map(m -> m.getName()).orElse(positive.name()));
        }
    }
}
