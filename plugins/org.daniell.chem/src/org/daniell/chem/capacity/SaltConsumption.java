package org.daniell.chem.capacity;

import org.daniell.chem.PhysicalConstants;
import java.util.List;
import java.util.OptionalDouble;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.ElementCategory;
import org.daniell.chem.element.OxidationStateTable;

import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ElementUnit;
import org.daniell.chem.formula.FormulaUnit;
import org.daniell.chem.formula.GroupUnit;

/**
 * Salt consumed by a dual-ion battery (or needed as a first-cycle ion source) per ampere-hour
 * (seed-000 F§3.3): n_salt = Q / (F_Ah · n_e), m_salt = Q · M_salt / (F_Ah · n_e), with F_Ah = 26.80 Ah/mol and
 * n_e = ν₊z₊ electrons per formula unit of salt (LiPF6 1, ZnCl2 2, Al(ClO4)3 3).
 */
public final class SaltConsumption {

    private SaltConsumption() {
    }

    /** @return mol of salt per Ah */
    public static double molesPerAmpereHour(double electronsPerFormulaUnit) {
        return 1 / (PhysicalConstants.AMPERE_HOURS_PER_MOLE * electronsPerFormulaUnit);
    }

    /** @return g of salt per Ah (equal to mg per mAh) */
    public static double gramsPerAmpereHour(ChemicalFormula salt, double electronsPerFormulaUnit) {
        return salt.molarMass() * molesPerAmpereHour(electronsPerFormulaUnit);
    }

    /** @return mL of a solution of the given molarity (mol/L) that holds the salt consumed per Ah */
    public static double millilitresPerAmpereHour(double electronsPerFormulaUnit, double molesPerLitre) {
        return 1000 * molesPerAmpereHour(electronsPerFormulaUnit) / molesPerLitre;
    }

    /**
     * Guesses n_e = ν₊z₊ from the cations written at the top level: metals at their default oxidation state and
     * ammonium (NH4 as a group or as N followed by H4).
     *
     * @return empty if no cation is recognised
     */
    public static OptionalDouble electronsPerFormulaUnit(ChemicalFormula salt) {
        double electrons = 0;
        List<FormulaUnit> units = salt.mainPart().units();
        for (int i = 0; i < units.size(); i++) {
            FormulaUnit unit = units.get(i);
            if (unit instanceof ElementUnit e && isMetal(e.element())) {
                electrons += e.amount() * OxidationStateTable.of(e.element())
                        .map(states -> states.cationDefault().orElse(0)).orElse(0);
            } else if (unit instanceof GroupUnit g && startsWithAmmonium(g.members(), 0)
                    && g.members().size() == 2) {
                electrons += g.multiplier();
            } else if (startsWithAmmonium(units, i)) {
                electrons += 1;
                i++;
            }
        }
        return electrons > 0 ? OptionalDouble.of(electrons) : OptionalDouble.empty();
    }

    private static boolean isMetal(Element element) {
        return element.category().isMetalLike() && element.category() != ElementCategory.METALLOID;
    }

    /** @return true if units i and i+1 are N (amount 1) and H4 */
    private static boolean startsWithAmmonium(List<FormulaUnit> units, int i) {
        return i + 1 < units.size()
                && units.get(i) instanceof ElementUnit n && n.element().symbol().equals("N") && n.amount() == 1
                && units.get(i + 1) instanceof ElementUnit h && h.element().symbol().equals("H") && h.amount() == 4;
    }
}
