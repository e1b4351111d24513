package org.daniell.chem.neutrality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.OxidationStateTable;
import org.daniell.chem.element.OxidationStates;
import org.daniell.chem.formula.AbbreviationUnit;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ElementUnit;
import org.daniell.chem.formula.FormulaPart;
import org.daniell.chem.formula.FormulaUnit;
import org.daniell.chem.formula.GroupUnit;

/**
 * Turns a formula into {@link ChargeTerm}s: decides for every written element whether it acts as cation or anion and
 * which oxidation states it may take. The rules (engineering conventions, inferred, see docs/chemistry-formula-notes):
 * <ol>
 *   <li>O is always -2 and F always -1 (peroxides and superoxides need overrides).</li>
 *   <li>An element with no negative common state (metals, B, Ge, Sb, Bi ...) is a cation over its positive states.</li>
 *   <li>A nonmetal with a negative common state (H, C, N, P, S, Se, Te, Si, As, halogens) is a cation when a
 *       nonmetal at least {@value #ELECTRONEGATIVITY_MARGIN} Pauling units more electronegative is written in the
 *       same group (or at the same top level): S in SO4, P in PO4, H in H2O and NH4. It may then still fall back to
 *       its anion state (oxysulfides). Otherwise it is an anion, ranging from its default (S -2) up to -1
 *       (persulfide S2, catenated phosphides).</li>
 *   <li>A group {@code (CN)} is the cyanide unit, -1; ion abbreviations (TFSI, OTf ...) carry their own charge.</li>
 *   <li>A formula with no anion term and no charge (an element, an alloy such as LiZn or Li22Si5 written without
 *       nonmetals) is metallic: every state is 0.</li>
 * </ol>
 */
public final class RoleAssignment {

    /** Pauling-electronegativity margin for "bound to a more electronegative nonmetal" (convention, inferred). */
    public static final double ELECTRONEGATIVITY_MARGIN = 0.2;

    private RoleAssignment() {
    }

    /**
     * @param formula   the formula (not the electron)
     * @param overrides allowed states to use instead of the table, per element (may be empty)
     * @return one term per written element or unit
     */
    public static List<ChargeTerm> terms(ChemicalFormula formula, Map<Element, List<Integer>> overrides) {
        if (formula.isElectron()) {
            return List.of();
        }
        List<ChargeTerm> terms = new ArrayList<>();
        for (FormulaPart part : formula.parts()) {
            collect(part.units(), part.coefficient(), overrides, terms);
        }
        boolean anyAnion = terms.stream().anyMatch(t -> t.role() == ChargeRole.ANION);
        boolean onlyOneElement = formula.elementAmounts().size() == 1;
        if (formula.charge() == 0 && (!anyAnion || onlyOneElement)) {
            return terms.stream()
                    .map(t -> new ChargeTerm(t.label(), t.element(), t.amount(), ChargeRole.NEUTRAL, List.of(0), 0))
                    .toList();
        }
        return List.copyOf(terms);
    }

    private static void collect(List<FormulaUnit> units, double factor, Map<Element, List<Integer>> overrides,
                                List<ChargeTerm> into) {
        for (FormulaUnit unit : units) {
            switch (unit) {
                case ElementUnit e -> into.add(elementTerm(e, factor, units, overrides));
                case AbbreviationUnit a -> into.add(new ChargeTerm(a.abbreviation().text(), null,
                        factor * a.amount(), a.abbreviation().charge() < 0 ? ChargeRole.ANION : ChargeRole.CATION,
                        List.of(a.abbreviation().charge()), a.abbreviation().charge()));
                case GroupUnit g -> {
                    if (isCyanide(g)) {
                        into.add(new ChargeTerm("CN", null, factor * g.multiplier(), ChargeRole.ANION, List.of(-1), -1));
                    } else {
                        collect(g.members(), factor * g.multiplier(), overrides, into);
                    }
                }
            }
        }
    }

    /** @return true for the group (CN) with one C and one N */
    static boolean isCyanide(GroupUnit group) {
        return group.members().size() == 2
                && group.members().get(0) instanceof ElementUnit c && c.element().symbol().equals("C")
                && c.amount() == 1
                && group.members().get(1) instanceof ElementUnit n && n.element().symbol().equals("N")
                && n.amount() == 1;
    }

    private static ChargeTerm elementTerm(ElementUnit unit, double factor, List<FormulaUnit> siblings,
                                          Map<Element, List<Integer>> overrides) {
        Element element = unit.element();
        double amount = factor * unit.amount();
        OxidationStates states = OxidationStateTable.of(element)
                .orElseThrow(() -> new IllegalStateException("no oxidation states tabulated for " + element));
        List<Integer> override = overrides.get(element);
        String symbol = element.symbol();
        if (symbol.equals("O") || symbol.equals("F")) {
            List<Integer> allowed = override != null ? sorted(override) : states.negative();
            return new ChargeTerm(symbol, element, amount, ChargeRole.ANION, allowed, allowed,
                    clamp(states.anionDefault().orElse(allowed.get(0)), allowed));
        }
        if (!states.isAnionCapable()) {
            List<Integer> allowed = override != null ? sorted(override) : positiveOrZero(states.common());
            List<Integer> usual = override != null ? allowed : positiveOrZero(states.usual());
            int preferred = clamp(states.cationDefault().orElse(usual.get(0)), usual);
            return new ChargeTerm(symbol, element, amount, ChargeRole.CATION, allowed, usual, preferred);
        }
        int anionDefault = states.anionDefault().getAsInt();
        if (boundToMoreElectronegative(element, siblings)) {
            // S in SO4, P in PO4, H in H2O: positive states; the anion state stays allowed (oxysulfides) but unusual
            Set<Integer> allowed = new TreeSet<>(positiveOrZero(states.common()));
            allowed.add(anionDefault);
            List<Integer> list = override != null ? sorted(override) : List.copyOf(allowed);
            List<Integer> usual = override != null ? list : positiveOrZero(states.usual());
            int preferred = clamp(states.cationDefault().orElse(usual.get(usual.size() - 1)), usual);
            return new ChargeTerm(symbol, element, amount, ChargeRole.CATION, list, usual, preferred);
        }
        // anion: default state usual; less negative states (S2 of pyrite, P-P bonds) allowed but unusual
        List<Integer> allowed = override != null ? sorted(override)
                : IntStream.rangeClosed(anionDefault, -1).boxed().toList();
        int preferred = clamp(anionDefault, allowed);
        List<Integer> usual = override != null ? allowed : List.of(preferred);
        return new ChargeTerm(symbol, element, amount, ChargeRole.ANION, allowed, usual, preferred);
    }

    private static boolean boundToMoreElectronegative(Element element, List<FormulaUnit> siblings) {
        Set<Element> seen = new HashSet<>();
        for (FormulaUnit sibling : siblings) {
            if (sibling instanceof ElementUnit other && other.element() != element && seen.add(other.element())) {
                boolean nonmetalPartner = OxidationStateTable.of(other.element())
                        .map(OxidationStates::isAnionCapable).orElse(false);
                double margin = other.element().electronegativity() - element.electronegativity();
                if (nonmetalPartner && margin >= ELECTRONEGATIVITY_MARGIN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Integer> positiveOrZero(List<Integer> states) {
        List<Integer> nonNegative = states.stream().filter(s -> s >= 0).toList();
        return nonNegative.isEmpty() ? List.of(0) : nonNegative;
    }

    private static List<Integer> sorted(List<Integer> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("an override needs at least one state");
        }
        return states.stream().distinct().sorted().toList();
    }

    private static int clamp(int preferred, List<Integer> allowed) {
        if (allowed.contains(preferred)) {
            return preferred;
        }
        return allowed.stream().min((a, b) -> Integer.compare(Math.abs(a - preferred), Math.abs(b - preferred)))
                .orElseThrow();
    }
}
