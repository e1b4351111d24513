package org.daniell.chem.formula;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Canonical text of a {@link ChemicalFormula}: ASCII digits, {@code ·} before adducts, the charge in brackets at the
 * end ({@code SO4[2-]}), deviations as {@code -δ}. The text parses back to an equal formula; where the plain
 * spelling would be read differently, an explicit amount 1 is written (for example {@code F1SI}, which would
 * otherwise read as the FSI abbreviation).
 */
final class FormulaPrinter {

    /** Equal shares whose decimal text is longer than this are printed as the shorthand {@code (InGeSi)}. */
    private static final int SHORTHAND_THRESHOLD = 6;
    private static final int RUN_TOGETHER_ERROR_ELEMENTS = 5;

    private FormulaPrinter() {
    }

    static String print(ChemicalFormula formula) {
        if (formula.isElectron()) {
            return "e-";
        }
        StringBuilder text = new StringBuilder();
        List<FormulaPart> parts = formula.parts();
        for (int i = 0; i < parts.size(); i++) {
            FormulaPart part = parts.get(i);
            if (i > 0) {
                text.append('·');
                if (part.coefficient() != 1) {
                    text.append(AmountFormat.format(part.coefficient()));
                }
            }
            text.append(printUnits(part.units(), i == 0));
        }
        int charge = formula.charge();
        if (charge != 0) {
            text.append('[');
            if (Math.abs(charge) != 1) {
                text.append(Math.abs(charge));
            }
            text.append(charge > 0 ? '+' : '-').append(']');
        }
        return text.toString();
    }

    private static String printUnits(List<FormulaUnit> units, boolean mainPart) {
        String[] printed = new String[units.size()];
        String suffix = "";
        for (int i = units.size() - 1; i >= 0; i--) {
            FormulaUnit unit = units.get(i);
            String text = printUnit(unit, false);
            if (isPlainSingle(unit) && Abbreviations.at(text + suffix, 0).isPresent()) {
                text = text + "1";
            }
            printed[i] = text;
            suffix = text + suffix;
        }
        if (mainPart && needsAnExplicitAmount(units)) {
            printed[0] = printed[0] + "1";
        }
        guardHydrateDotReading(units, printed);
        return String.join("", printed);
    }

    /** Five or more different elements all without amounts would be rejected as "stoichiometry required". */
    private static boolean needsAnExplicitAmount(List<FormulaUnit> units) {
        Set<Object> distinct = new HashSet<>();
        for (FormulaUnit unit : units) {
            if (!isPlainSingle(unit)) {
                return false;
            }
            distinct.add(((ElementUnit) unit).element());
        }
        return distinct.size() >= RUN_TOGETHER_ERROR_ELEMENTS;
    }

    /** {@code O4.5} then {@code H2O} ending a part would read as a hydrate dot; write the last O as {@code O1}. */
    private static void guardHydrateDotReading(List<FormulaUnit> units, String[] printed) {
        int n = units.size();
        if (n < 3 || !(units.get(n - 1) instanceof ElementUnit o) || !(units.get(n - 2) instanceof ElementUnit h)
                || !o.element().symbol().equals("O") || o.amount() != 1 || o.deviation() != AmountDeviation.NONE
                || !h.element().symbol().equals("H") || h.amount() != 2 || h.deviation() != AmountDeviation.NONE) {
            return;
        }
        String before = String.join("", java.util.Arrays.copyOf(printed, n - 2));
        int i = before.length();
        while (i > 0 && Character.isDigit(before.charAt(i - 1))) {
            i--;
        }
        if (i == before.length() || i == 0 || before.charAt(i - 1) != '.') {
            return;
        }
        int j = i - 1;
        while (j > 0 && Character.isDigit(before.charAt(j - 1))) {
            j--;
        }
        String integerPart = before.substring(j, i - 1);
        if (!integerPart.isEmpty() && !integerPart.chars().allMatch(c -> c == '0')) {
            printed[n - 1] = "O1";
        }
    }

    private static boolean isPlainSingle(FormulaUnit unit) {
        return unit instanceof ElementUnit e && e.amount() == 1 && e.deviation() == AmountDeviation.NONE;
    }

    /**
     * @param unit                 the unit
     * @param forceExplicitShares  print the amounts of an equal-share group even when the shorthand would apply
     */
    static String printUnit(FormulaUnit unit, boolean forceExplicitShares) {
        return switch (unit) {
            case ElementUnit e -> e.element().symbol()
                    + (e.amount() != 1 || e.deviation() != AmountDeviation.NONE ? AmountFormat.format(e.amount()) : "")
                    + e.deviation().canonical();
            case AbbreviationUnit a -> a.abbreviation().text()
                    + (a.amount() != 1 ? AmountFormat.format(a.amount()) : "");
            case GroupUnit g -> printGroup(g, forceExplicitShares);
        };
    }

    private static String printGroup(GroupUnit group, boolean forceExplicitShares) {
        StringBuilder text = new StringBuilder().append(group.bracket().open());
        List<FormulaUnit> members = group.members();
        if (group.isEqualShareCandidate() && !forceExplicitShares && isLongEqualShare(members)) {
            members.forEach(m -> text.append(((ElementUnit) m).element().symbol()));
        } else if (group.isEqualShareCandidate() && members.stream().allMatch(FormulaPrinter::isPlainSingle)) {
            // all amounts 1 would otherwise be read as equal shares: write the first amount out
            text.append(printUnits(members, false));
            text.insert(1 + ((ElementUnit) members.get(0)).element().symbol().length(), "1");
        } else {
            text.append(printUnits(members, false));
        }
        text.append(group.bracket().close());
        if (group.multiplier() != 1) {
            text.append(AmountFormat.format(group.multiplier()));
        }
        return text.toString();
    }

    private static boolean isLongEqualShare(List<FormulaUnit> members) {
        double share = 1.0 / members.size();
        return members.stream().allMatch(m -> ((ElementUnit) m).amount() == share)
                && AmountFormat.format(share).length() > SHORTHAND_THRESHOLD;
    }
}
