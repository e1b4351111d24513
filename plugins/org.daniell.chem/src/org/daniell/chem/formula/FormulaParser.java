package org.daniell.chem.formula;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;

/**
 * Recursive-descent reader for {@link ChemicalFormula}. One instance reads one text. Errors stop the reading and
 * are returned as a {@link ParseResult.Failure}; nothing escapes as an exception.
 */
final class FormulaParser {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_CHARGE = 20;
    private static final int RUN_TOGETHER_WARNING_LENGTH = 4;
    private static final int RUN_TOGETHER_ERROR_ELEMENTS = 5;
    private static final Set<String> ELECTRON_SPELLINGS = Set.of(
            "e-", "e\u2212", "e\u207B", "e^-", "e[-]", "e^{-}", "e\u2013", "e^\u2212", "e[\u2212]");

    private final String text;
    private final int end;
    private int pos;
    private final List<FormulaWarning> warnings = new ArrayList<>();
    private Integer charge;
    /** The last integer amount token of the main part, so that {@code Zn2+} can be re-read as a charge. */
    private AmountToken lastAmount;

    /** A unit with the facts about how it was written that later checks need. */
    private record ParsedUnit(FormulaUnit unit, boolean explicitAmount, int offset, int length) {
    }

    /** An amount as written. */
    private record Amount(double value, boolean explicit, AmountDeviation deviation) {
    }

    /** An integer amount token: where it is, its digits, and which unit of which list it belongs to. */
    private record AmountToken(List<ParsedUnit> owner, int index, int offset, int endOffset, String digits) {
    }

    /** Internal control flow for the first error; never leaves this class. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FormulaError error;

        Stop(FormulaError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private FormulaParser(String text) {
        this.text = text;
        int last = text.length();
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        this.end = last;
    }

    static ParseResult<ChemicalFormula> parse(String text) {
        if (text == null) {
            return new ParseResult.Failure<>(List.of(new FormulaError(0, 0, "no formula given")));
        }
        FormulaParser parser = new FormulaParser(text);
        try {
            ChemicalFormula formula = parser.readFormula();
            return new ParseResult.Success<>(formula, parser.warnings);
        } catch (Stop stop) {
            return new ParseResult.Failure<>(List.of(stop.error));
        } catch (RuntimeException unexpected) {
            // Defensive: a reader bug must still come back as a positioned error, never as an exception.
            int at = Math.min(parser.pos, text.length());
            return new ParseResult.Failure<>(List.of(new FormulaError(at, 0,
                    "cannot read the formula here (internal error: " + unexpected + ")")));
        }
    }

    // ------------------------------------------------------------------------------------------------ formula

    private ChemicalFormula readFormula() {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= end) {
            throw stop(pos, 0, "empty formula");
        }
        if (ELECTRON_SPELLINGS.contains(text.substring(pos, end))) {
            return ChemicalFormula.electron();
        }
        if (Glyphs.digit(text.charAt(pos)) >= 0) {
            int start = pos;
            while (pos < end && (Glyphs.digit(text.charAt(pos)) >= 0 || text.charAt(pos) == '.')) {
                pos++;
            }
            throw stop(start, pos - start, "a formula cannot start with a number; a coefficient belongs to a "
                    + "reaction (write '2 H2O' there) and adducts follow a dot ('CuSO4·5H2O')");
        }
        List<FormulaPart> parts = new ArrayList<>();
        int mainStart = pos;
        List<ParsedUnit> main = readUnits(0, null, true).units;
        checkRunTogether(main, mainStart);
        parts.add(new FormulaPart(1, units(main)));
        while (pos < end) {
            char c = text.charAt(pos);
            if (charge != null) {
                throw stop(pos, end - pos, "the charge must come last; nothing may follow it");
            }
            if (!isAdductSeparatorAt(pos)) {
                throw unexpected(pos);
            }
            parts.add(readAdduct(c));
        }
        return new ChemicalFormula(parts, charge == null ? 0 : charge, false);
    }

    private boolean isAdductSeparatorAt(int at) {
        char c = text.charAt(at);
        if (Glyphs.isDotSeparator(c)) {
            return true;
        }
        if (c == '.') {
            if (at + 1 >= end) {
                throw stop(at, 1, "'.' at the end: a hydrate dot must be followed by a formula, e.g. '·H2O'");
            }
            char next = text.charAt(at + 1);
            return Glyphs.digit(next) >= 0 || Glyphs.isUpper(next) || next == '(' || next == '['
                    || Glyphs.isVariable(next);
        }
        return false;
    }

    private FormulaPart readAdduct(char separator) {
        int separatorOffset = pos;
        pos++;
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        double coefficient = 1;
        if (pos < end && Glyphs.digit(text.charAt(pos)) >= 0) {
            int start = pos;
            coefficient = readNumber(false);
            if (!(coefficient > 0)) {
                throw stop(start, pos - start, "the adduct coefficient must be greater than zero");
            }
        }
        if (pos < end && Glyphs.isVariable(text.charAt(pos))) {
            throw stop(pos, 1, "symbolic amount '" + text.charAt(pos) + "' is not supported: write a number, e.g. "
                    + separator + "5H2O");
        }
        if (pos >= end || !(Glyphs.isUpper(text.charAt(pos)) || text.charAt(pos) == '('
                || text.charAt(pos) == '[')) {
            throw stop(pos < end ? pos : separatorOffset, pos < end ? 1 : 0,
                    "expected a formula after '" + separator + "'");
        }
        lastAmount = null;
        List<ParsedUnit> units = readUnits(0, null, true).units;
        return new FormulaPart(coefficient, units(units));
    }

    // ------------------------------------------------------------------------------------------------- units

    private record Body(List<ParsedUnit> units, boolean commaList) {
    }

    /**
     * Reads units until a closing bracket, an adduct separator, the end, or (at the top level) a charge.
     *
     * @param closing the bracket that closes this level, or null at the top level
     */
    private Body readUnits(int depth, Bracket closing, boolean topLevel) {
        List<ParsedUnit> units = new ArrayList<>();
        boolean comma = false;
        while (pos < end) {
            char c = text.charAt(pos);
            if (Glyphs.isUpper(c)) {
                units.add(readElementOrAbbreviation(units));
            } else if (c == '(' || (c == '[' && !isBracketChargeAt(pos))) {
                units.add(readGroup(depth + 1, units));
            } else if (c == ')' || c == ']') {
                if (closing == null) {
                    throw stop(pos, 1, "'" + c + "' without a matching opening bracket");
                }
                break;
            } else if (c == ',') {
                if (closing == null) {
                    throw stop(pos, 1, "',' separates the members of a bracketed site such as (Mg,Co,Ni,Cu,Zn)O;"
                            + " it cannot stand outside brackets");
                }
                if (units.isEmpty()) {
                    throw stop(pos, 1, "expected an element symbol before ','");
                }
                comma = true;
                pos++;
                while (pos < end && text.charAt(pos) == ' ') {
                    pos++;
                }
                if (pos >= end || !Glyphs.isUpper(text.charAt(pos))) {
                    throw stop(Math.min(pos, end), pos < end ? 1 : 0, "expected an element symbol after ','");
                }
            } else if (Glyphs.isLower(c) || c == '\u03B4') {
                throw lowercase(pos);
            } else if (topLevel && startsCharge(pos)) {
                if (units.isEmpty()) {
                    throw stop(pos, 1, "a charge needs a formula before it");
                }
                readCharge(units);
                break;
            } else {
                break;
            }
        }
        if (units.isEmpty()) {
            if (pos >= end) {
                throw stop(end, 0, "expected an element symbol");
            }
            throw stop(pos, 1, "expected an element symbol but found " + Glyphs.describe(text.charAt(pos)));
        }
        return new Body(units, comma);
    }

    private ParsedUnit readElementOrAbbreviation(List<ParsedUnit> owner) {
        int start = pos;
        Optional<Abbreviation> abbreviation = Abbreviations.at(text.substring(0, end), pos);
        if (abbreviation.isPresent()) {
            Abbreviation a = abbreviation.get();
            pos += a.text().length();
            warnAboutAbbreviation(a, start);
            Amount amount = readAmount(owner, false);
            return new ParsedUnit(new AbbreviationUnit(a, amount.value()), amount.explicit(), start, pos - start);
        }
        Element element = readElementSymbol();
        if (!element.hasStandardAtomicWeight()) {
            warnings.add(new FormulaWarning(start, pos - start, element.symbol() + " has no standard atomic weight;"
                    + " the mass number " + (int) element.atomicWeight() + " of its longest-lived isotope is used"));
        }
        Amount amount = readAmount(owner, true);
        return new ParsedUnit(new ElementUnit(element, amount.value(), amount.deviation()), amount.explicit(),
                start, pos - start);
    }

    private void warnAboutAbbreviation(Abbreviation a, int start) {
        if (a.text().equals("Ac")) {
            warnings.add(new FormulaWarning(start, 2, "'Ac' read as acetate CH3COO-, not actinium"));
            return;
        }
        // Abbreviations that also spell element symbols (FSI = F+S+I, BOB = B+O+B) deserve a note.
        String t = a.text();
        int i = 0;
        while (i < t.length()) {
            if (i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1))
                    && PeriodicTable.bySymbol(t.substring(i, i + 2)).isPresent()) {
                i += 2;
            } else if (PeriodicTable.bySymbol(t.substring(i, i + 1)).isPresent()
                    && !(i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1)))) {
                i += 1;
            } else {
                return;
            }
        }
        warnings.add(new FormulaWarning(start, t.length(), "'" + t + "' read as " + a.name()
                + "; to mean the elements write them with amounts, e.g. " + t.charAt(0) + "1" + t.substring(1)));
    }

    private Element readElementSymbol() {
        char first = text.charAt(pos);
        if (pos + 1 < end && Glyphs.isLower(text.charAt(pos + 1))) {
            String two = text.substring(pos, pos + 2);
            Optional<Element> element = PeriodicTable.bySymbol(two);
            if (element.isPresent()) {
                pos += 2;
                return element.get();
            }
            Optional<Element> single = PeriodicTable.bySymbol(String.valueOf(first));
            if (single.isPresent() && (Glyphs.isVariable(text.charAt(pos + 1)) || text.charAt(pos + 1) == 'd')) {
                pos += 1;
                return single.get();
            }
            throw stop(pos, 2, "unknown element '" + two + "'");
        }
        Optional<Element> element = PeriodicTable.bySymbol(String.valueOf(first));
        if (element.isEmpty()) {
            throw stop(pos, 1, "unknown element '" + first + "'");
        }
        pos += 1;
        return element.get();
    }

    private ParsedUnit readGroup(int depth, List<ParsedUnit> owner) {
        int open = pos;
        Bracket bracket = text.charAt(pos) == '(' ? Bracket.ROUND : Bracket.SQUARE;
        if (depth > MAX_DEPTH) {
            throw stop(open, 1, "brackets nested more than " + MAX_DEPTH + " deep");
        }
        pos++;
        AmountToken outerLast = lastAmount;
        Body body = readUnits(depth, bracket, false);
        lastAmount = outerLast;
        if (pos >= end) {
            throw stop(open, 1, "unclosed '" + bracket.open() + "'");
        }
        if (text.charAt(pos) != bracket.close()) {
            throw stop(pos, 1, "expected '" + bracket.close() + "' to close the '" + bracket.open() + "' at offset "
                    + open + " but found " + Glyphs.describe(text.charAt(pos)));
        }
        pos++;
        int closeEnd = pos;
        List<FormulaUnit> members = units(body.units());
        boolean anyExplicit = body.units().stream().anyMatch(ParsedUnit::explicitAmount);
        boolean allExplicit = body.units().stream().allMatch(ParsedUnit::explicitAmount);
        if (body.commaList()) {
            if (!members.stream().allMatch(u -> u instanceof ElementUnit)) {
                throw stop(open, closeEnd - open, "a comma-separated site lists single elements, e.g. (Mg,Co,Ni)");
            }
            if (anyExplicit && !allExplicit) {
                throw stop(open, closeEnd - open,
                        "give an amount for every member of a comma-separated site or for none");
            }
        }
        Amount multiplier = readAmount(owner, false);
        GroupUnit group = new GroupUnit(bracket, members, multiplier.value());
        boolean equalShares = !anyExplicit && members.size() >= 2
                && (group.isEqualShareCandidate() || (body.commaList() && distinctElements(members)));
        if (equalShares) {
            double share = 1.0 / members.size();
            List<FormulaUnit> shared = members.stream()
                    .map(u -> (FormulaUnit) new ElementUnit(((ElementUnit) u).element(), share,
                            ((ElementUnit) u).deviation()))
                    .toList();
            group = new GroupUnit(bracket, shared, multiplier.value());
            GroupUnit shown = new GroupUnit(bracket, shared, 1);
            warnings.add(new FormulaWarning(open, closeEnd - open, "equal shares assumed: '"
                    + text.substring(open, closeEnd) + "' read as "
                    + FormulaPrinter.printUnit(shown, true) + "; write the amounts to be explicit"));
        }
        return new ParsedUnit(group, multiplier.explicit(), open, pos - open);
    }

    private static boolean distinctElements(List<FormulaUnit> members) {
        Set<Element> seen = new HashSet<>();
        return members.stream().allMatch(u -> u instanceof ElementUnit e && seen.add(e.element()));
    }

    // ------------------------------------------------------------------------------------------------ amounts

    private Amount readAmount(List<ParsedUnit> owner, boolean allowDeviation) {
        double value = 1;
        boolean explicit = false;
        int start = pos;
        if (pos < end && Glyphs.digit(text.charAt(pos)) >= 0) {
            value = readNumber(true);
            explicit = true;
            if (!(value > 0)) {
                throw stop(start, pos - start, "amount must be greater than zero");
            }
            String written = text.substring(start, pos);
            lastAmount = written.indexOf('.') < 0
                    ? new AmountToken(owner, owner.size(), start, pos, digitsOf(written)) : null;
        } else {
            lastAmount = null;
        }
        AmountDeviation deviation = AmountDeviation.NONE;
        if (allowDeviation && pos + 1 < end && Glyphs.isSign(text.charAt(pos))
                && Glyphs.isDeviationSymbol(text.charAt(pos + 1))
                && !(pos + 2 < end && Glyphs.isLower(text.charAt(pos + 2)))) {
            deviation = Glyphs.isPlus(text.charAt(pos)) ? AmountDeviation.PLUS_DELTA : AmountDeviation.MINUS_DELTA;
            pos += 2;
            lastAmount = null;
        }
        return new Amount(value, explicit, deviation);
    }

    private static String digitsOf(String written) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            digits.append((char) ('0' + Glyphs.digit(written.charAt(i))));
        }
        return digits.toString();
    }

    /**
     * Reads digits with an optional decimal part. With {@code hydrateHeuristic}, the '.' of {@code CuSO4.5H2O}
     * (integer part not zero, then an integer and H2O ending the part) is left as a hydrate dot, with a warning.
     */
    private double readNumber(boolean hydrateHeuristic) {
        int start = pos;
        StringBuilder number = new StringBuilder();
        while (pos < end && Glyphs.digit(text.charAt(pos)) >= 0) {
            number.append(Glyphs.digit(text.charAt(pos)));
            pos++;
        }
        if (pos + 1 < end && text.charAt(pos) == '.' && Glyphs.digit(text.charAt(pos + 1)) >= 0) {
            boolean integerPartIsZero = number.chars().allMatch(ch -> ch == '0');
            if (hydrateHeuristic && !integerPartIsZero && hydrateTailAfter(pos)) {
                warnings.add(new FormulaWarning(pos, 1, "'.' read as a hydrate dot ('" + number + "' then '"
                        + text.substring(pos + 1, end) + "'); write '·' to be explicit, or a leading bracket "
                        + "for a decimal amount"));
            } else {
                number.append('.');
                pos++;
                while (pos < end && Glyphs.digit(text.charAt(pos)) >= 0) {
                    number.append(Glyphs.digit(text.charAt(pos)));
                    pos++;
                }
                if (pos + 1 < end && text.charAt(pos) == '.' && Glyphs.digit(text.charAt(pos + 1)) >= 0) {
                    throw stop(start, pos + 1 - start, "malformed number: two decimal points");
                }
            }
        }
        double value = Double.parseDouble(number.toString());
        if (Double.isInfinite(value)) {
            throw stop(start, pos - start, "number too large");
        }
        return value;
    }

    /** @return true if the text after the '.' at {@code dot} is an integer, then H2O, then the end of the part */
    private boolean hydrateTailAfter(int dot) {
        int i = dot + 1;
        while (i < end && Glyphs.digit(text.charAt(i)) >= 0) {
            i++;
        }
        if (i + 3 > end || text.charAt(i) != 'H' || Glyphs.digit(text.charAt(i + 1)) != 2
                || text.charAt(i + 2) != 'O') {
            return false;
        }
        int after = i + 3;
        if (after == end) {
            return true;
        }
        char c = text.charAt(after);
        return Glyphs.isDotSeparator(c) || c == '.' || Glyphs.isSign(c) || c == '[' || c == '^'
                || Character.isWhitespace(c) || Glyphs.superscriptDigit(c) >= 0;
    }

    // ------------------------------------------------------------------------------------------------- charge

    private boolean isBracketChargeAt(int at) {
        if (text.charAt(at) != '[' || at + 1 >= end) {
            return false;
        }
        char next = text.charAt(at + 1);
        return Glyphs.digit(next) >= 0 || Glyphs.isSign(next) || next == ']';
    }

    private boolean startsCharge(int at) {
        char c = text.charAt(at);
        if (Glyphs.isSign(c)) {
            return isSignSuffix(at);
        }
        if (c == '^' || Glyphs.superscriptDigit(c) >= 0 || isBracketChargeAt(at)) {
            return true;
        }
        if (Character.isWhitespace(c)) {
            int i = at;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < end && (Glyphs.digit(text.charAt(i)) >= 0 || Glyphs.isSign(text.charAt(i))
                    || text.charAt(i) == '[' || text.charAt(i) == '^' || Glyphs.superscriptDigit(text.charAt(i)) >= 0);
        }
        return false;
    }

    /** @return true if the text from {@code at} to the end is signs only, or one sign and digits ({@code +2}) */
    private boolean isSignSuffix(int at) {
        int i = at;
        while (i < end && Glyphs.isSign(text.charAt(i))) {
            i++;
        }
        int signs = i - at;
        while (i < end && (Glyphs.digit(text.charAt(i)) >= 0 || Glyphs.superscriptDigit(text.charAt(i)) >= 0)) {
            i++;
        }
        return i == end && (signs == 1 || i == at + signs);
    }

    /** Reads a charge suffix that must run to the end of the text; {@code units} is the main part so far. */
    private void readCharge(List<ParsedUnit> units) {
        int start = pos;
        boolean afterSpace = false;
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
            afterSpace = true;
        }
        char c = text.charAt(pos);
        String content;
        int contentStart;
        if (c == '[') {
            int close = text.indexOf(']', pos);
            if (close < 0 || close >= end) {
                throw stop(pos, end - pos, "unclosed '[' in the charge; write it as [2+] or [-]");
            }
            contentStart = pos + 1;
            content = text.substring(contentStart, close);
            pos = close + 1;
        } else if (c == '^') {
            if (pos + 1 < end && text.charAt(pos + 1) == '{') {
                int close = text.indexOf('}', pos);
                if (close < 0 || close >= end) {
                    throw stop(pos, end - pos, "unclosed '{' in the charge; write it as ^{2+}");
                }
                contentStart = pos + 2;
                content = text.substring(contentStart, close);
                pos = close + 1;
            } else {
                contentStart = pos + 1;
                content = text.substring(contentStart, end);
                pos = end;
            }
        } else {
            contentStart = pos;
            content = text.substring(pos, end);
            pos = end;
            if (!afterSpace && Glyphs.isSign(c) && isSignsOnly(content)) {
                applyBareSigns(units, start, content);
                return;
            }
        }
        if (pos != end) {
            throw stop(pos, end - pos, "the charge must come last; nothing may follow it");
        }
        charge = chargeValue(content, contentStart);
    }

    private static boolean isSignsOnly(String content) {
        return !content.isEmpty() && content.chars().allMatch(ch -> Glyphs.isSign((char) ch));
    }

    /** {@code Cl-}, {@code Zn2+}, {@code NH4+}, {@code SO42-}, {@code [Fe(CN)6]4-}: see the class javadoc. */
    private void applyBareSigns(List<ParsedUnit> units, int signOffset, String signs) {
        int magnitude = signs.length();
        boolean plus = Glyphs.isPlus(signs.charAt(0));
        for (int i = 1; i < signs.length(); i++) {
            if (Glyphs.isPlus(signs.charAt(i)) != plus) {
                throw stop(signOffset, signs.length(), "mixed signs in the charge");
            }
        }
        AmountToken token = lastAmount;
        boolean tokenEndsHere = token != null && token.owner() == units && token.index() == units.size() - 1
                && token.endOffset() == signOffset;
        if (magnitude == 1 && tokenEndsHere) {
            String digits = token.digits();
            ParsedUnit last = units.get(token.index());
            boolean monatomic = units.size() == 1 && last.unit() instanceof ElementUnit;
            boolean squareComplex = last.unit() instanceof GroupUnit g && g.bracket() == Bracket.SQUARE;
            int lastDigit = digits.charAt(digits.length() - 1) - '0';
            if (digits.length() >= 2 && lastDigit != 0) {
                String rest = digits.substring(0, digits.length() - 1);
                units.set(token.index(), withAmount(last, Double.parseDouble(rest), true));
                magnitude = lastDigit;
                warnings.add(new FormulaWarning(token.offset(), signOffset + 1 - token.offset(), "'" + digits
                        + signs + "' read as amount " + rest + " with charge " + lastDigit + (plus ? "+" : "-")
                        + "; write the charge in brackets, e.g. [" + lastDigit + (plus ? "+" : "-") + "]"));
            } else if (digits.length() == 1 && lastDigit != 0 && (monatomic || squareComplex)) {
                units.set(token.index(), withAmount(last, 1, false));
                magnitude = lastDigit;
            }
        }
        if (magnitude > MAX_CHARGE) {
            throw stop(signOffset, signs.length(), "implausible charge " + magnitude);
        }
        charge = plus ? magnitude : -magnitude;
    }

    private static ParsedUnit withAmount(ParsedUnit parsed, double amount, boolean explicit) {
        FormulaUnit unit = switch (parsed.unit()) {
            case ElementUnit e -> new ElementUnit(e.element(), amount, e.deviation());
            case GroupUnit g -> new GroupUnit(g.bracket(), g.members(), amount);
            case AbbreviationUnit a -> new AbbreviationUnit(a.abbreviation(), amount);
        };
        return new ParsedUnit(unit, explicit, parsed.offset(), parsed.length());
    }

    private int chargeValue(String content, int contentStart) {
        StringBuilder digits = new StringBuilder();
        StringBuilder signs = new StringBuilder();
        boolean digitsFirst = false;
        boolean signsFirst = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            int d = Glyphs.digit(c) >= 0 ? Glyphs.digit(c) : Glyphs.superscriptDigit(c);
            if (d >= 0) {
                if (signs.length() > 0) {
                    signsFirst = true;
                }
                digits.append(d);
            } else if (Glyphs.isSign(c)) {
                if (digits.length() > 0) {
                    digitsFirst = true;
                }
                signs.append(c);
            } else {
                throw stop(contentStart + i, 1, "unexpected " + Glyphs.describe(c)
                        + " in the charge; write it as [2+], [3-] or [-]");
            }
        }
        if (signs.isEmpty()) {
            throw stop(contentStart, content.length(), "a charge needs a sign, e.g. [2+] or [2-]");
        }
        if (digits.length() > 0 && signs.length() > 1) {
            throw stop(contentStart, content.length(), "write the charge as [2+] or [++], not both");
        }
        if (digitsFirst && signsFirst) {
            throw stop(contentStart, content.length(), "malformed charge; write it as [2+] or [+2]");
        }
        boolean plus = Glyphs.isPlus(signs.charAt(0));
        for (int i = 1; i < signs.length(); i++) {
            if (Glyphs.isPlus(signs.charAt(i)) != plus) {
                throw stop(contentStart, content.length(), "mixed signs in the charge");
            }
        }
        int magnitude;
        if (digits.length() == 0) {
            magnitude = signs.length();
        } else {
            if (digits.length() > 3) {
                throw stop(contentStart, content.length(), "implausible charge " + digits);
            }
            magnitude = Integer.parseInt(digits.toString());
        }
        if (magnitude == 0) {
            throw stop(contentStart, content.length(), "a charge of zero is written by leaving the charge out");
        }
        if (magnitude > MAX_CHARGE) {
            throw stop(contentStart, content.length(), "implausible charge " + magnitude);
        }
        return plus ? magnitude : -magnitude;
    }

    // -------------------------------------------------------------------------------------------- plausibility

    /**
     * {@code CuMnFeSnGeS} (five or more elements, no amount anywhere) is a label, not a formula: error. A run of four
     * or more metals without amounts inside an otherwise quantified formula ({@code CoVMnFeZnPS3}) is read literally,
     * with a warning that suggests the mixing-site notation (seed-003-004 §1.4).
     */
    private void checkRunTogether(List<ParsedUnit> main, int mainStart) {
        boolean allPlainElements = main.stream()
                .allMatch(p -> p.unit() instanceof ElementUnit e && !p.explicitAmount()
                        && e.deviation() == AmountDeviation.NONE);
        Set<Element> distinct = new HashSet<>();
        main.forEach(p -> {
            if (p.unit() instanceof ElementUnit e) {
                distinct.add(e.element());
            }
        });
        ParsedUnit lastUnit = main.get(main.size() - 1);
        int mainEnd = lastUnit.offset() + lastUnit.length();
        if (allPlainElements && distinct.size() >= RUN_TOGETHER_ERROR_ELEMENTS) {
            String written = text.substring(mainStart, mainEnd);
            throw stop(mainStart, mainEnd - mainStart, "stoichiometry required: '" + written + "' lists "
                    + distinct.size() + " elements without any amount; write the amounts, or put the elements "
                    + "that share one site in brackets, e.g. (" + metalsOf(main) + ")" + nonMetalsOf(main)
                    + " for equal shares");
        }
        boolean anyExplicit = main.stream().anyMatch(ParsedUnit::explicitAmount);
        if (!anyExplicit) {
            return;
        }
        int runStart = -1;
        for (int i = 0; i <= main.size(); i++) {
            boolean inRun = i < main.size() && main.get(i).unit() instanceof ElementUnit e && !main.get(i)
                    .explicitAmount() && e.deviation() == AmountDeviation.NONE && e.element().category().isMetalLike();
            if (inRun && runStart < 0) {
                runStart = i;
            } else if (!inRun && runStart >= 0) {
                if (i - runStart >= RUN_TOGETHER_WARNING_LENGTH) {
                    ParsedUnit first = main.get(runStart);
                    ParsedUnit last = main.get(i - 1);
                    int from = first.offset();
                    int to = last.offset() + last.length();
                    String run = text.substring(from, to);
                    warnings.add(new FormulaWarning(from, to - from, "'" + run + "' read as one atom of each "
                            + "element; if they share one site write (" + run + ") for equal shares summing to one, "
                            + "or give each amount"));
                }
                runStart = -1;
            }
        }
    }

    private static String metalsOf(List<ParsedUnit> units) {
        StringBuilder b = new StringBuilder();
        units.forEach(p -> {
            Element e = ((ElementUnit) p.unit()).element();
            if (e.category().isMetalLike()) {
                b.append(e.symbol());
            }
        });
        return b.toString();
    }

    private static String nonMetalsOf(List<ParsedUnit> units) {
        StringBuilder b = new StringBuilder();
        units.forEach(p -> {
            Element e = ((ElementUnit) p.unit()).element();
            if (!e.category().isMetalLike()) {
                b.append(e.symbol());
            }
        });
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------- utilities

    private static List<FormulaUnit> units(List<ParsedUnit> parsed) {
        return parsed.stream().map(ParsedUnit::unit).toList();
    }

    private Stop lowercase(int at) {
        char c = text.charAt(at);
        if (Glyphs.isVariable(c)) {
            return stop(at, 1, "symbolic amount '" + c + "' is not supported: write a number (an unknown "
                    + "deficiency is written O3-δ)");
        }
        int runEnd = at;
        while (runEnd < end && Glyphs.isLower(text.charAt(runEnd))) {
            runEnd++;
        }
        String run = text.substring(at, runEnd);
        for (int n = Math.min(2, run.length()); n >= 1; n--) {
            String candidate = Character.toUpperCase(run.charAt(0)) + run.substring(1, n);
            if (PeriodicTable.bySymbol(candidate).isPresent()) {
                return stop(at, n, "element symbols start with a capital letter: did you mean '" + candidate + "'?");
            }
        }
        return stop(at, runEnd - at, "unexpected '" + run + "'");
    }

    private Stop unexpected(int at) {
        char c = text.charAt(at);
        if (Glyphs.isSign(c)) {
            return stop(at, 1, "unexpected " + Glyphs.describe(c) + " inside a formula (a charge comes last; in a "
                    + "reaction, separate species with ' + ')");
        }
        return stop(at, 1, "unexpected " + Glyphs.describe(c));
    }

    private Stop stop(int offset, int length, String message) {
        int safeOffset = Math.max(0, Math.min(offset, text.length()));
        int safeLength = Math.max(0, Math.min(length, text.length() - safeOffset));
        return new Stop(new FormulaError(safeOffset, safeLength, message));
    }
}
