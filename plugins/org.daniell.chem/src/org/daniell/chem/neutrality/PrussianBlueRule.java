package org.daniell.chem.neutrality;

import java.util.Optional;

import org.daniell.chem.element.ElementCategory;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ElementUnit;
import org.daniell.chem.formula.FormulaUnit;
import org.daniell.chem.formula.GroupUnit;

/** Recognises Prussian-blue analogues A_x M_m [M'(CN)6]_y and applies {@link PrussianBlueReport}'s rule. */
public final class PrussianBlueRule {

    private PrussianBlueRule() {
    }

    /**
     * @return the PBA report if the main part holds one group {@code [M'(CN)6]} (any bracket) plus alkali and metal
     *     elements; adducts (water) are ignored
     */
    public static Optional<PrussianBlueReport> check(ChemicalFormula formula) {
        if (formula.isElectron()) {
            return Optional.empty();
        }
        double alkali = 0;
        double metal = 0;
        double complex = 0;
        int complexes = 0;
        for (FormulaUnit unit : formula.mainPart().units()) {
            if (unit instanceof GroupUnit g && isHexacyanometallate(g)) {
                complex += g.multiplier();
                complexes++;
            } else if (unit instanceof ElementUnit e && e.element().category() == ElementCategory.ALKALI) {
                alkali += e.amount();
            } else if (unit instanceof ElementUnit e && e.element().category().isMetalLike()) {
                metal += e.amount();
            } else if (unit instanceof GroupUnit g && g.isMixingGroup()) {
                metal += g.multiplier() * g.memberAmountSum();
            } else {
                return Optional.empty();
            }
        }
        if (complexes != 1 || metal == 0) {
            return Optional.empty();
        }
        double q2 = (alkali + 2 * metal) / complex;
        double q3 = (alkali + 3 * metal) / complex;
        double zMin = (PrussianBlueReport.Q_MIN * complex - alkali) / metal;
        double zMax = (PrussianBlueReport.Q_MAX * complex - alkali) / metal;
        return Optional.of(new PrussianBlueReport(alkali, metal, complex, q2, q3, zMin, zMax));
    }

    /** @return true for M'(CN)6: one transition metal and a (CN) group with multiplier 6 */
    private static boolean isHexacyanometallate(GroupUnit group) {
        return group.members().size() == 2
                && group.members().get(0) instanceof ElementUnit m && m.amount() == 1
                && m.element().category() == ElementCategory.TRANSITION
                && group.members().get(1) instanceof GroupUnit cn && RoleAssignment.isCyanide(cn)
                && cn.multiplier() == 6;
    }
}
