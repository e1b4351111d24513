package org.daniell.chem.neutrality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Charge neutrality by interval reasoning (seed-003-004 §3.3): with each term's states in [min, max] and mixed
 * valence allowed, a formula can be neutral iff Σ n·min &lt;= q &lt;= Σ n·max. No search over combinations.
 *
 * <p>Balancing assignments start from the default states and move terms towards their bounds, one term at a time,
 * the last one fractionally (mixed valence). Two orders are tried: minor constituents first ("dopants move first",
 * which reproduces the seed's Ni +2.7375 for the HE-LNMO cathode) and major constituents first.
 */
public final class NeutralityCheck {

    /** Anion elements whose formal charges are only indicative (covalent / Zintl bonding). */
    private static final Set<String> COVALENT_ANIONS = Set.of("P", "As", "Si", "C", "Te", "Sb", "H", "B");

    private NeutralityCheck() {
    }

    /** Checks with the tabulated oxidation states. */
    public static NeutralityReport check(ChemicalFormula formula) {
        return check(formula, Map.of());
    }

    /**
     * @param formula   the formula (the electron gives an empty, feasible report)
     * @param overrides allowed states per element replacing the table (e.g. O {-2,-1} for a peroxide)
     */
    public static NeutralityReport check(ChemicalFormula formula, Map<Element, List<Integer>> overrides) {
        List<ChargeTerm> terms = RoleAssignment.terms(formula, overrides);
        int target = formula.isElectron() ? 0 : formula.charge();
        double min = 0;
        double max = 0;
        double defaults = 0;
        for (ChargeTerm term : terms) {
            min += term.amount() * term.minimum();
            max += term.amount() * term.maximum();
            defaults += term.amount() * term.defaultState();
        }
        double usualMin = terms.stream().mapToDouble(t -> t.amount() * t.usualMinimum()).sum();
        double usualMax = terms.stream().mapToDouble(t -> t.amount() * t.usualMaximum()).sum();
        boolean usualFeasible = usualMin <= target + NeutralityReport.TOLERANCE
                && target - NeutralityReport.TOLERANCE <= usualMax;
        boolean metallic = terms.stream().allMatch(t -> t.role() == ChargeRole.NEUTRAL);
        boolean indicative = terms.stream().anyMatch(t -> t.role() == ChargeRole.ANION && t.element() != null
                && COVALENT_ANIONS.contains(t.element().symbol()));
        List<ValenceAssignment> assignments = new ArrayList<>();
        if (min <= target + NeutralityReport.TOLERANCE && target - NeutralityReport.TOLERANCE <= max) {
            for (Strategy strategy : Strategy.values()) {
                ValenceAssignment assignment = balance(terms, target, strategy);
                boolean duplicate = assignments.stream().anyMatch(a -> sameStates(a, assignment));
                if (!duplicate) {
                    assignments.add(assignment);
                }
            }
        }
        return new NeutralityReport(terms, target, min, max, defaults, usualFeasible, metallic, indicative, assignments,
                oxygenVacancy(terms, target, min, max, defaults));
    }

    private enum Strategy {
        MINOR_FIRST("minor constituents move first", Comparator.comparingDouble(ChargeTerm::amount)),
        MAJOR_FIRST("major constituents move first",
                Comparator.comparingDouble(ChargeTerm::amount).reversed());

        private final String description;
        private final Comparator<ChargeTerm> order;

        Strategy(String description, Comparator<ChargeTerm> order) {
            this.description = description;
            this.order = order;
        }
    }

    private static ValenceAssignment balance(List<ChargeTerm> terms, int target, Strategy strategy) {
        double[] states = terms.stream().mapToDouble(ChargeTerm::defaultState).toArray();
        double residual = target;
        for (int i = 0; i < terms.size(); i++) {
            residual -= terms.get(i).amount() * states[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> strategy.order.compare(terms.get(a), terms.get(b)));
        // first within the usual states, then, if still unbalanced, within all allowed states
        for (boolean usualOnly : new boolean[] {true, false}) {
            boolean raise = residual > 0;
            for (int i : order) {
                if (Math.abs(residual) <= NeutralityReport.TOLERANCE) {
                    break;
                }
                ChargeTerm term = terms.get(i);
                double bound = raise ? (usualOnly ? term.usualMaximum() : term.maximum())
                        : (usualOnly ? term.usualMinimum() : term.minimum());
                double room = term.amount() * (bound - states[i]);
                double move = raise ? Math.max(0, Math.min(room, residual)) : Math.min(0, Math.max(room, residual));
                if (move == 0) {
                    continue;
                }
                states[i] += move / term.amount();
                residual -= move;
            }
        }
        List<AssignedState> assigned = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            assigned.add(new AssignedState(terms.get(i), states[i]));
        }
        String name = Math.abs(target - terms.stream().mapToDouble(t -> t.amount() * t.defaultState()).sum())
                <= NeutralityReport.TOLERANCE ? "default valences" : strategy.description;
        return new ValenceAssignment(name, assigned);
    }

    private static boolean sameStates(ValenceAssignment a, ValenceAssignment b) {
        for (int i = 0; i < a.states().size(); i++) {
            if (Math.abs(a.states().get(i).state() - b.states().get(i).state()) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static Optional<OxygenVacancy> oxygenVacancy(List<ChargeTerm> terms, int target, double min, double max,
                                                         double defaults) {
        double oxygen = terms.stream()
                .filter(t -> t.role() == ChargeRole.ANION && t.element() != null && t.element().symbol().equals("O"))
                .mapToDouble(ChargeTerm::amount).sum();
        if (oxygen == 0) {
            return Optional.empty();
        }
        double lowest = Math.max(0, (target - max) / 2);
        double highest = Math.min((target - min) / 2, oxygen);
        double atDefaults = (target - defaults) / 2;
        return Optional.of(new OxygenVacancy(lowest, highest, atDefaults, lowest <= highest + 1e-12));
    }
}
