package org.daniell.chem.formula;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.daniell.chem.element.Element;

/**
 * A bracketed group with a multiplier, e.g. {@code (PO4)3}, {@code [Fe(CN)6]1.26} or the mixing site
 * {@code (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)}.
 *
 * @param bracket    round or square, as written
 * @param members    the units inside, never empty
 * @param multiplier the multiplier after the closing bracket, &gt; 0; 1 when none was written
 */
public record GroupUnit(Bracket bracket, List<FormulaUnit> members, double multiplier) implements FormulaUnit {

    public GroupUnit {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs members");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be positive and finite: " + multiplier);
        }
    }

    @Override
    public void addAmounts(double factor, Map<Element, Double> into) {
        for (FormulaUnit member : members) {
            member.addAmounts(factor * multiplier, into);
        }
    }

    /**
     * A mixing group is a group whose members are two or more different single elements of one kind: either all
     * metals/metalloids ({@code (CrMnFeCoNi)}, {@code (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)}) or all nonmetals with at least
     * one non-integer amount ({@code (S0.9Se0.1)}). Groups such as {@code (PO4)}, {@code (CN)}, {@code (OH)} or
     * {@code (NH4)} mix kinds and are ordinary structural groups. Mixing groups are read as one crystallographic
     * site by the composition analysis.
     *
     * @return true if this group is a mixing group
     */
    public boolean isMixingGroup() {
        if (members.size() < 2) {
            return false;
        }
        Set<Element> seen = new HashSet<>();
        boolean allMetalLike = true;
        boolean allNonmetallic = true;
        boolean anyFraction = false;
        for (FormulaUnit member : members) {
            if (!(member instanceof ElementUnit unit) || !seen.add(unit.element())) {
                return false;
            }
            allMetalLike &= unit.element().category().isMetalLike();
            allNonmetallic &= unit.element().category().isNonmetallic();
            anyFraction |= unit.amount() != Math.rint(unit.amount());
        }
        return allMetalLike || (allNonmetallic && anyFraction);
    }

    /**
     * @return true if the group may be written without amounts to mean equal shares ({@code (CrMnFeCoNi)}):
     *     two or more different metals/metalloids without symbolic deviations
     */
    boolean isEqualShareCandidate() {
        if (members.size() < 2) {
            return false;
        }
        Set<Element> seen = new HashSet<>();
        for (FormulaUnit member : members) {
            if (!(member instanceof ElementUnit unit) || !seen.add(unit.element())
                    || !unit.element().category().isMetalLike() || unit.deviation() != AmountDeviation.NONE) {
                return false;
            }
        }
        return true;
    }

    /** @return the sum of the member amounts (without the multiplier), counting nested groups by their atoms */
    public double memberAmountSum() {
        double sum = 0;
        for (FormulaUnit member : members) {
            Map<Element, Double> amounts = new java.util.LinkedHashMap<>();
            member.addAmounts(1, amounts);
            for (double value : amounts.values()) {
                sum += value;
            }
        }
        return sum;
    }
}
