package org.daniell.chem.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;

/** Builds random formula structures for the property tests (not a test class itself). */
final class RandomFormulas {

    private static final List<Element> ELEMENTS = List.copyOf(PeriodicTable.all());
    private static final List<Element> METALS = ELEMENTS.stream().filter(e -> e.category().isMetalLike()).toList();
    private static final double[] DECIMALS = {0.2, 0.5, 0.25, 1.26, 1.47, 0.02, 0.88, 4.5, 1.0 / 3, 1.0 / 6, 2.75,
        0.1, 0.05, 0.35, 12.5, 0.125, 2.5};

    private RandomFormulas() {
    }

    static ChemicalFormula formula(Random random) {
        return formula(random, true, true);
    }

    /** A formula; {@code adducts} allows hydrate parts, {@code charged} a charge. */
    static ChemicalFormula formula(Random random, boolean adducts, boolean charged) {
        List<FormulaPart> parts = new ArrayList<>();
        parts.add(new FormulaPart(1, units(random, 0)));
        if (adducts) {
            int extra = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
            for (int i = 0; i < extra; i++) {
                parts.add(new FormulaPart(amount(random), units(random, 1)));
            }
        }
        int charge = charged && random.nextInt(10) >= 7 ? random.nextInt(9) - 4 : 0;
        return ChemicalFormula.of(parts, charge);
    }

    static List<FormulaUnit> units(Random random, int depth) {
        int count = 1 + random.nextInt(depth == 0 ? 6 : 4);
        List<FormulaUnit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(unit(random, depth));
        }
        return units;
    }

    private static FormulaUnit unit(Random random, int depth) {
        int roll = random.nextInt(100);
        if (roll < 8 && depth < 3) {
            return new GroupUnit(bracket(random), units(random, depth + 1), amount(random));
        }
        if (roll < 14 && depth < 3) {
            return equalShareGroup(random);
        }
        if (roll < 19) {
            List<Abbreviation> all = Abbreviations.all();
            return new AbbreviationUnit(all.get(random.nextInt(all.size())), amount(random));
        }
        Element element = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
        AmountDeviation deviation = random.nextInt(100) < 5
                ? (random.nextBoolean() ? AmountDeviation.MINUS_DELTA : AmountDeviation.PLUS_DELTA)
                : AmountDeviation.NONE;
        return new ElementUnit(element, amount(random), deviation);
    }

    /** Two to five different metals, all with amount 1 or all with 1/n: the cases the shorthand is about. */
    private static GroupUnit equalShareGroup(Random random) {
        int n = 2 + random.nextInt(4);
        List<Element> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            Element e = METALS.get(random.nextInt(METALS.size()));
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        double share = random.nextBoolean() ? 1.0 : 1.0 / n;
        List<FormulaUnit> members = chosen.stream().map(e -> (FormulaUnit) ElementUnit.of(e, share)).toList();
        return new GroupUnit(bracket(random), members, random.nextBoolean() ? 1 : 1 + random.nextInt(5));
    }

    private static Bracket bracket(Random random) {
        return random.nextBoolean() ? Bracket.ROUND : Bracket.SQUARE;
    }

    static double amount(Random random) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return 1;
        }
        if (roll < 65) {
            return 2 + random.nextInt(11);
        }
        if (roll < 85) {
            return DECIMALS[random.nextInt(DECIMALS.length)];
        }
        return (1 + random.nextInt(2000)) / 100.0;
    }

    /** Text made of element symbols each with an explicit amount ("Fe2O3.5"), safe to concatenate. */
    static String explicitTokens(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Element e = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
            text.append(e.symbol()).append(AmountFormat.format(amount(random)));
        }
        return text.toString();
    }
}
