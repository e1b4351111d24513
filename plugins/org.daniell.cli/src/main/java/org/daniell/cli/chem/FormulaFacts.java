package org.daniell.cli.chem;

import java.util.List;
import java.util.Optional;

import org.daniell.chem.composition.CompositionAnalysis;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.FormulaWarning;
import org.daniell.chem.neutrality.NeutralityCheck;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.chem.neutrality.PrussianBlueReport;
import org.daniell.chem.neutrality.PrussianBlueRule;

/**
 * Everything {@code daniell chem formula} reports about one formula, computed once by the kernel and then printed
 * as text ({@link FormulaText}) or JSON ({@link FormulaJson}).
 *
 * @param input       the formula as typed
 * @param formula     the formula read
 * @param warnings    assumptions made while reading it
 * @param composition molar mass, fractions, mixing sites, entropy
 * @param neutrality  the charge-neutrality check
 * @param verdict     its answer in one sentence
 * @param prussianBlue the Prussian-blue-analogue rule, for A_x M_m [M'(CN)6]_y formulas
 * @param capacity    the theoretical capacity, if asked for
 */
record FormulaFacts(String input, ChemicalFormula formula, List<FormulaWarning> warnings,
                    CompositionAnalysis composition, NeutralityReport neutrality, NeutralityVerdict verdict,
                    Optional<PrussianBlueReport> prussianBlue, Optional<CapacityEstimate> capacity) {

    FormulaFacts {
        warnings = List.copyOf(warnings);
    }

    /** Runs the kernel's analyses on a formula that was read. */
    static FormulaFacts of(String input, ChemicalFormula formula, List<FormulaWarning> warnings,
                           CapacityRequest capacityRequest) {
        NeutralityReport neutrality = NeutralityCheck.check(formula);
        return new FormulaFacts(input, formula, warnings, CompositionAnalysis.of(formula), neutrality,
                NeutralityVerdict.of(neutrality), PrussianBlueRule.check(formula),
                CapacityEstimator.estimate(formula, neutrality, capacityRequest));
    }
}
