package org.daniell.chem.capacity;

import java.util.Map;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.neutrality.ChargeRole;
import org.daniell.chem.neutrality.ChargeTerm;
import org.daniell.chem.neutrality.RoleAssignment;

/**
 * Electrons of a full conversion reaction M_aN_b + n X+ + n e- → a M0 + b X_kN (seed-003-004 §2.1, §2.4): every
 * active cation is reduced to the metal, so n = Σ anions |z|·amount − Σ inactive cations z·amount, where inactive
 * stabilisers (Li, Mg in [S3]) keep their charge. Anion charges are the default anion states of
 * {@link RoleAssignment} (O -2, S -2, P -3, ...); inactive cations use their default cation state.
 */
public final class ConversionElectrons {

    private ConversionElectrons() {
    }

    /**
     * @param formula  the host compound
     * @param inactive elements that do not convert (their charge stays in the product)
     * @return n per formula unit ((Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O with Mg inactive: 1.6)
     */
    public static double of(ChemicalFormula formula, Set<Element> inactive) {
        double anionCharge = 0;
        double inactiveCharge = 0;
        for (ChargeTerm term : RoleAssignment.terms(formula, Map.of())) {
            if (term.role() == ChargeRole.ANION) {
                anionCharge += term.amount() * -term.defaultState();
            } else if (term.role() == ChargeRole.CATION && term.element() != null
                    && inactive.contains(term.element())) {
                inactiveCharge += term.amount() * term.defaultState();
            }
        }
        return anionCharge - inactiveCharge;
    }
}
