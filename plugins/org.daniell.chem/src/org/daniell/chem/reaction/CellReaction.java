package org.daniell.chem.reaction;

import java.util.ArrayList;
import java.util.List;

import org.daniell.chem.formula.ChemicalFormula;

/**
 * A full-cell reaction made of two half-reactions scaled to the same number of electrons.
 *
 * @param positive  the positive-electrode half-reaction, oriented as a reduction and scaled
 * @param negative  the negative-electrode half-reaction, oriented as an oxidation and scaled
 * @param overall   the sum, with species that appear on both sides cancelled (electrons always cancel)
 * @param electrons electrons transferred per formula of {@code overall}
 */
public record CellReaction(Reaction positive, Reaction negative, Reaction overall, double electrons) {

    /** Largest denominator tried when turning electron counts into a whole-number ratio. */
    private static final int MAX_DENOMINATOR = 1000;

    /**
     * Combines two half-reactions. Each may be written either way round: the positive one is turned into a
     * reduction and the negative one into an oxidation. Both are multiplied by the smallest whole numbers that make
     * their electron counts equal ({@code MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2} × 2 with {@code Zn -> Zn[2+] + 2 e-}
     * × 1 gives {@code 2 MnO2 + Zn -> 2 Zn0.5MnO2}).
     *
     * @throws IllegalArgumentException if a half-reaction transfers no electrons
     */
    public static CellReaction combine(Reaction positiveHalf, Reaction negativeHalf) {
        Reaction reduction = positiveHalf.isOxidation() ? positiveHalf.reversed() : positiveHalf;
        Reaction oxidation = negativeHalf.isReduction() ? negativeHalf.reversed() : negativeHalf;
        double n1 = reduction.electronsTransferred();
        double n2 = oxidation.electronsTransferred();
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both half-reactions must transfer electrons");
        }
        long[] ratio = wholeNumberRatio(n1, n2);
        Reaction positive = reduction.scaled(ratio[1]);
        Reaction negative = oxidation.scaled(ratio[0]);
        double electrons = positive.electronsTransferred();
        List<ReactionSpecies> left = new ArrayList<>(positive.reactants());
        left.addAll(negative.reactants());
        List<ReactionSpecies> right = new ArrayList<>(positive.products());
        right.addAll(negative.products());
        return new CellReaction(positive, negative, cancel(left, right, positiveHalf.arrow()), electrons);
    }

    /** @return smallest whole numbers a, b with n1 / n2 = a / b (approximating to denominators of 1000) */
    static long[] wholeNumberRatio(double n1, double n2) {
        double ratio = n1 / n2;
        for (long b = 1; b <= MAX_DENOMINATOR; b++) {
            double a = ratio * b;
            if (Math.abs(a - Math.rint(a)) < 1e-9 * Math.max(1, a)) {
                return new long[] {Math.round(a), b};
            }
        }
        return new long[] {Math.round(ratio * MAX_DENOMINATOR), MAX_DENOMINATOR};
    }

    private static Reaction cancel(List<ReactionSpecies> left, List<ReactionSpecies> right, Arrow arrow) {
        List<ReactionSpecies> l = merge(left);
        List<ReactionSpecies> r = merge(right);
        List<ReactionSpecies> newLeft = new ArrayList<>();
        for (ReactionSpecies s : l) {
            double remaining = s.coefficient();
            for (int j = 0; j < r.size(); j++) {
                ReactionSpecies t = r.get(j);
                if (t.formula().equals(s.formula())) {
                    double common = Math.min(remaining, t.coefficient());
                    remaining -= common;
                    double rest = t.coefficient() - common;
                    if (rest > 1e-12) {
                        r.set(j, new ReactionSpecies(rest, t.formula()));
                    } else {
                        r.remove(j);
                    }
                    break;
                }
            }
            if (remaining > 1e-12) {
                newLeft.add(new ReactionSpecies(remaining, s.formula()));
            }
        }
        return new Reaction(newLeft, arrow, r);
    }

    private static List<ReactionSpecies> merge(List<ReactionSpecies> side) {
        List<ReactionSpecies> merged = new ArrayList<>();
        for (ReactionSpecies s : side) {
            int index = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).formula().equals(s.formula())) {
                    index = i;
                }
            }
            if (index >= 0) {
                merged.set(index, new ReactionSpecies(merged.get(index).coefficient() + s.coefficient(),
                        s.formula()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** @return true if the overall reaction still contains electrons (it should not) */
    public boolean hasFreeElectrons() {
        return overall.reactants().stream().anyMatch(s -> s.formula().equals(ChemicalFormula.electron()))
                || overall.products().stream().anyMatch(s -> s.formula().equals(ChemicalFormula.electron()));
    }
}
