package org.daniell.chem.reaction;

import java.util.ArrayList;
import java.util.List;

import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.FormulaError;
import org.daniell.chem.formula.FormulaWarning;
import org.daniell.chem.formula.ParseResult;

/** Reads {@link Reaction}s; errors are positioned in the whole reaction text. */
final class ReactionParser {

    /** Arrow spellings, longest first so that {@code <=>} is not read as {@code =}. */
    private static final String[][] ARROWS = {
        {"<=>", "EQUILIBRIUM"}, {"<->", "EQUILIBRIUM"}, {"->", "FORWARD"}, {"=>", "FORWARD"},
        {"\u21CC", "EQUILIBRIUM"}, {"\u21C4", "EQUILIBRIUM"}, {"\u2194", "EQUILIBRIUM"},
        {"\u2192", "FORWARD"}, {"\u27F6", "FORWARD"}, {"=", "FORWARD"},
    };

    private final String text;
    private final List<FormulaWarning> warnings = new ArrayList<>();

    private ReactionParser(String text) {
        this.text = text;
    }

    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient FormulaError error;

        Stop(int offset, int length, String message) {
            super(message, null, false, false);
            this.error = new FormulaError(offset, length, message);
        }

        Stop(FormulaError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    static ParseResult<Reaction> parse(String text) {
        if (text == null) {
            return new ParseResult.Failure<>(List.of(new FormulaError(0, 0, "no reaction given")));
        }
        ReactionParser parser = new ReactionParser(text);
        try {
            return new ParseResult.Success<>(parser.read(), parser.warnings);
        } catch (Stop stop) {
            return new ParseResult.Failure<>(List.of(stop.error));
        } catch (RuntimeException unexpected) {
            return new ParseResult.Failure<>(List.of(new FormulaError(0, 0,
                    "cannot read the reaction (internal error: " + unexpected + ")")));
        }
    }

    private Reaction read() throws Stop {
        int arrowAt = -1;
        int arrowLength = 0;
        Arrow arrow = null;
        for (int i = 0; i < text.length(); i++) {
            for (String[] candidate : ARROWS) {
                if (text.startsWith(candidate[0], i)) {
                    if (arrowAt >= 0) {
                        throw new Stop(i, candidate[0].length(), "a reaction has one arrow; a second one is here");
                    }
                    arrowAt = i;
                    arrowLength = candidate[0].length();
                    arrow = Arrow.valueOf(candidate[1]);
                    i += candidate[0].length() - 1;
                    break;
                }
            }
        }
        if (arrowAt < 0) {
            throw new Stop(0, text.length(), "no arrow: write the reaction as 'reactants -> products'");
        }
        List<ReactionSpecies> left = side(0, arrowAt, "before the arrow");
        List<ReactionSpecies> right = side(arrowAt + arrowLength, text.length(), "after the arrow");
        return new Reaction(left, arrow, right);
    }

    private List<ReactionSpecies> side(int from, int to, String where) throws Stop {
        List<ReactionSpecies> species = new ArrayList<>();
        int termStart = from;
        for (int i = from; i <= to; i++) {
            boolean separator = i < to && text.charAt(i) == '+' && i > from && i + 1 < to
                    && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
            if (i == to || separator) {
                species.add(term(termStart, i, where));
                termStart = i + 1;
            }
        }
        return species;
    }

    private ReactionSpecies term(int from, int to, String where) throws Stop {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new Stop(Math.min(from, text.length()), Math.max(0, to - from), "missing species " + where);
        }
        double coefficient = 1;
        int i = start;
        if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.') {
            while (i < end && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            String number = text.substring(start, i);
            double denominator = 1;
            if (i < end && text.charAt(i) == '/') {
                int slash = i++;
                int denominatorStart = i;
                while (i < end && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (denominatorStart == i) {
                    throw new Stop(slash, 1, "a fraction needs a denominator, e.g. 1/2");
                }
                denominator = Double.parseDouble(text.substring(denominatorStart, i));
            }
            try {
                coefficient = Double.parseDouble(number) / denominator;
            } catch (NumberFormatException e) {
                throw new Stop(start, i - start, "malformed coefficient '" + text.substring(start, i) + "'");
            }
            if (!(coefficient > 0) || Double.isInfinite(coefficient)) {
                throw new Stop(start, i - start, "a coefficient must be a positive number");
            }
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == end) {
                throw new Stop(start, end - start, "a coefficient needs a species after it");
            }
        }
        String formulaText = text.substring(i, end);
        ParseResult<ChemicalFormula> formula = ChemicalFormula.parse(formulaText);
        if (!formula.isSuccess()) {
            FormulaError error = formula.errors().get(0);
            throw new Stop(new FormulaError(error.offset() + i, error.length(), error.message()));
        }
        for (FormulaWarning warning : formula.warnings()) {
            warnings.add(warning.shifted(i));
        }
        return new ReactionSpecies(coefficient, formula.optionalValue().orElseThrow());
    }
}
