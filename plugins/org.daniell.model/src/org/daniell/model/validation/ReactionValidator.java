package org.daniell.model.validation;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.daniell.chem.element.Element;
import org.daniell.chem.reaction.BalanceReport;
import org.daniell.chem.reaction.Reaction;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.HalfReaction;
import org.daniell.model.issues.ReactionIssues;

/** Every half-reaction an electrode declares balances atoms and charge (ARCHITECTURE "Charge balance", level 3). */
public final class ReactionValidator extends TopicValidator {

    @Override
    public void checkElectrode(Electrode electrode, Findings findings) {
        for (HalfReaction written : electrode.getReactions()) {
            Optional<Reaction> reaction = written.getText() == null ? Optional.empty()
                    : Reaction.parse(written.getText()).optionalValue();
            // unreadable reactions are reported by the notation check; symbolic amounts (Li1-xCoO2) cannot balance
            if (reaction.isEmpty() || symbolic(reaction.get())) {
                continue;
            }
            BalanceReport balance = reaction.get().balance();
            if (!balance.massBalanced()) {
                findings.report(ReactionIssues.MASS_UNBALANCED, written, DesignPackage.Literals.HALF_REACTION__TEXT,
                        balance.elementResiduals().keySet().stream().map(Element::symbol).sorted()
                                .collect(Collectors.joining(", ")),
                        describe(balance.elementResiduals()));
            }
            if (!balance.chargeBalanced()) {
                findings.report(ReactionIssues.CHARGE_UNBALANCED, written, DesignPackage.Literals.HALF_REACTION__TEXT,
                        MaterialChemistry.signed(balance.chargeResidual()));
            }
        }
    }

    private static boolean symbolic(Reaction reaction) {
        return java.util.stream.Stream.concat(reaction.reactants().stream(), reaction.products().stream())
                .anyMatch(s -> !s.formula().isElectron() && !s.formula().deviations().isEmpty());
    }

    private static String describe(Map<Element, Double> residuals) {
        return residuals.entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparing(Element::symbol)))
                .map(e -> e.getKey().symbol() + " " + MaterialChemistry.signed(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
