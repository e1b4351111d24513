package org.daniell.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.daniell.chem.unit.Kind;
import org.daniell.chem.unit.Outcome;
import org.daniell.chem.unit.UnitParser;
import org.daniell.chem.unit.WrittenUnit;
import org.daniell.model.design.Quantity;
import org.daniell.services.DaniellGrammarAccess;
import org.daniell.validation.notation.QuantitySlots;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Content assist for Daniell: after a number, the units that fit the statement (after {@code loading 20}
 * it offers mg/cm2, after {@code amount 10} uL, g, uL/mAh and g/Ah), each with the quantity it measures.
 */
public class UnitProposals extends IdeContentProposalProvider {

    @Inject
    private DaniellGrammarAccess grammar;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getUnitRule()
                && context.getCurrentModel() instanceof Quantity quantity) {
            proposeUnits(quantity, context, acceptor);
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }

    private void proposeUnits(Quantity quantity, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        List<Kind<?>> kinds = QuantitySlots.kindsFor(quantity);
        if (kinds == null) {
            return;
        }
        Map<String, Kind<?>> units = new LinkedHashMap<>();
        for (Kind<?> kind : kinds) {
            if (UnitParser.parse(kind.displaySymbol(), kind) instanceof Outcome.Success<WrittenUnit> unit
                    && !unit.get().ascii().isEmpty()) {
                units.putIfAbsent(unit.get().ascii(), kind);
            }
        }
        int priority = getProposalPriorities().getDefaultPriority(null);
        for (Map.Entry<String, Kind<?>> unit : units.entrySet()) {
            ContentAssistEntry entry = getProposalCreator().createProposal(unit.getKey(), context, it -> {
                it.setKind(ContentAssistEntry.KIND_VALUE);
                it.setDescription(unit.getValue().description());
            });
            acceptor.accept(entry, priority--);
        }
    }
}
