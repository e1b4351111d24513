package org.daniell.validation.notation;

import static org.daniell.model.design.DesignPackage.Literals.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.FormulaError;
import org.daniell.chem.formula.FormulaWarning;
import org.daniell.chem.formula.ParseResult;
import org.daniell.chem.reaction.Reaction;
import org.daniell.chem.unit.Kind;
import org.daniell.chem.unit.Outcome;
import org.daniell.chem.unit.QuantityCheck;
import org.daniell.chem.unit.UnitParser;
import org.daniell.chem.unit.WrittenUnit;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.HalfReaction;
import org.daniell.model.design.Material;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.Potential;
import org.daniell.model.design.Quantity;
import org.daniell.model.design.Window;
import org.daniell.model.issues.LanguageIssues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Checks what the chemistry kernel reads from the text: formulas, ions, half-reactions, reference
 * electrodes and units. Each problem points at the characters that are wrong.
 */
public class NotationValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into DaniellValidator; not registered on its own
    }

    @Check
    public void formulaIsReadable(Material material) {
        if (material.getFormula() != null) {
            checkFormula(material, MATERIAL__FORMULA, 0);
        }
        checkIons(material, MATERIAL__CARRIERS);
    }

    @Check
    public void carriersAreIons(ActiveComponent component) {
        checkIons(component, ACTIVE_COMPONENT__CARRIERS);
    }

    @Check
    public void passedSpeciesAreIons(Membrane membrane) {
        checkIons(membrane, MEMBRANE__PASSES);
    }

    @Check
    public void reactionIsReadable(HalfReaction reaction) {
        SourceText source = SourceText.of(reaction, HALF_REACTION__TEXT, 0);
        if (source == null) {
            return;
        }
        if (Reaction.parse(source.text()) instanceof ParseResult.Failure<Reaction> failure) {
            reportFirst(LanguageIssues.NOTATION_REACTION, reaction, source, failure.errors());
        }
    }

    @Check
    public void referenceElectrodeIsKnown(Potential potential) {
        checkReference(potential, POTENTIAL__REFERENCE);
    }

    @Check
    public void referenceElectrodeIsKnown(Window window) {
        checkReference(window, WINDOW__REFERENCE);
    }

    @Check
    public void unitFitsItsPlace(Quantity quantity) {
        List<Kind<?>> kinds = QuantitySlots.kindsFor(quantity);
        if (kinds == null) {
            return;
        }
        String unit = quantity.getUnit();
        if (kinds == QuantitySlots.COUNT) {
            if (unit != null) {
                SourceText source = SourceText.of(quantity, QUANTITY__UNIT, 0);
                report(LanguageIssues.UNITS_UNEXPECTED, quantity, source, 0, unit.length(), unit);
            }
            return;
        }
        if (unit == null) {
            if (kinds.stream().noneMatch(kind -> kind.displaySymbol().isEmpty())) {
                error(LanguageIssues.UNITS_MISSING.message(describe(kinds)), quantity, QUANTITY__VALUE,
                        LanguageIssues.UNITS_MISSING.id());
            }
            return;
        }
        SourceText source = SourceText.of(quantity, QUANTITY__UNIT, 0);
        Outcome<WrittenUnit> parsed = UnitParser.parse(unit, kinds.get(0));
        if (parsed instanceof Outcome.Failure<WrittenUnit> failure) {
            report(LanguageIssues.UNITS_SYNTAX, quantity, source, failure.reason().offset(), failure.reason().length(),
                    failure.reason().message());
            return;
        }
        WrittenUnit written = ((Outcome.Success<WrittenUnit>) parsed).get();
        boolean fits = kinds.stream().anyMatch(kind -> QuantityCheck.expect(written, kind) instanceof Outcome.Success);
        if (!fits) {
            report(LanguageIssues.UNITS_WRONG_DIMENSION, quantity, source, 0, unit.length(), unit, describe(kinds));
        }
    }

    private void checkFormula(EObject owner, EStructuralFeature feature, int index) {
        SourceText source = SourceText.of(owner, feature, index);
        if (source == null) {
            return;
        }
        ParseResult<ChemicalFormula> result = ChemicalFormula.parse(source.text());
        if (result instanceof ParseResult.Failure<ChemicalFormula> failure) {
            reportFirst(LanguageIssues.NOTATION_FORMULA, owner, source, failure.errors());
        }
        for (FormulaWarning warning : result.warnings()) {
            report(LanguageIssues.NOTATION_FORMULA_ASSUMPTION, owner, source, warning.offset(), warning.length(),
                    warning.message());
        }
    }

    private void checkIons(EObject owner, EStructuralFeature feature) {
        List<?> values = (List<?>) owner.eGet(feature);
        for (int i = 0; i < values.size(); i++) {
            SourceText source = SourceText.of(owner, feature, i);
            if (source == null) {
                continue;
            }
            ParseResult<ChemicalFormula> result = ChemicalFormula.parse(source.text());
            if (result instanceof ParseResult.Failure<ChemicalFormula> failure) {
                reportFirst(LanguageIssues.NOTATION_FORMULA, owner, source, failure.errors());
            } else if (result.optionalValue().map(ion -> ion.charge() == 0).orElse(false)) {
                report(LanguageIssues.NOTATION_ION_WITHOUT_CHARGE, owner, source, 0, source.text().length(), source.text());
            }
        }
    }

    private void checkReference(EObject owner, EStructuralFeature feature) {
        SourceText source = SourceText.of(owner, feature, 0);
        if (source != null && ReferenceElectrode.parse(source.text()).isEmpty()) {
            String known = Arrays.stream(ReferenceElectrode.values()).map(ReferenceElectrode::label)
                    .collect(Collectors.joining(", "));
            report(LanguageIssues.NOTATION_UNKNOWN_REFERENCE, owner, source, 0, source.text().length(), source.text(), known);
        }
    }

    /** The kernel's parsers stop at the first error; report it where it stands in the file. */
    private void reportFirst(org.daniell.model.issues.IssueCode issue, EObject owner, SourceText source, List<FormulaError> errors) {
        FormulaError error = errors.get(0);
        report(issue, owner, source, error.offset(), error.length(), error.message());
    }

    private void report(org.daniell.model.issues.IssueCode issue, EObject owner, SourceText source, int offset, int length, Object... arguments) {
        int start = source.offset() + Math.max(0, offset);
        int span = Math.max(1, Math.min(length, source.text().length() - Math.max(0, offset)));
        String message = issue.message(arguments);
        switch (issue.defaultSeverity()) {
            case ERROR -> getMessageAcceptor().acceptError(message, owner, start, span, issue.id());
            case WARNING -> getMessageAcceptor().acceptWarning(message, owner, start, span, issue.id());
            default -> getMessageAcceptor().acceptInfo(message, owner, start, span, issue.id());
        }
    }

    private static String describe(List<Kind<?>> kinds) {
        return kinds.stream().map(kind -> kind.description() + " (" + kind.displaySymbol() + ")")
                .collect(Collectors.joining(" or "));
    }

    /** The text of one feature value exactly as it stands in the file, and where it starts. */
    record SourceText(String text, int offset) {

        static SourceText of(EObject owner, EStructuralFeature feature, int index) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
            if (index >= nodes.size()) {
                return null;
            }
            INode node = nodes.get(index);
            String raw = node.getText();
            int leading = raw.length() - raw.stripLeading().length();
            return new SourceText(raw.strip(), node.getTotalOffset() + leading);
        }
    }
}
