package org.daniell.chem.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.ElementCategory;
import org.daniell.chem.formula.AmountFormat;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ElementUnit;
import org.daniell.chem.formula.FormulaUnit;
import org.daniell.chem.formula.GroupUnit;

/**
 * Finds the mixing sites that a formula's text shows. Site assignment is structural knowledge that a formula alone
 * does not carry, so this is a heuristic over the written form only; a spec that knows its sites declares them and
 * builds {@link Sublattice}s directly. The rules:
 * <ol>
 *   <li>Every mixing group (see {@link GroupUnit#isMixingGroup()}) of the main part is one site; its multiplicity is
 *       the group multiplier times the member sum rounded to a whole number (at least 1):
 *       {@code (CrMnFeCoNi)3} → 3 sites with 0.6 each; {@code (Cu0.88...Mn0.2)} → 1 site holding 1.14.</li>
 *   <li>Outside groups, two or more adjacent elements written with non-integer amounts and of one kind
 *       (alkali metals / other metals and metalloids / nonmetals) form one site, multiplicity as above:
 *       {@code LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2} → one TM site; {@code S0.9Se0.1} → one anion site.</li>
 *   <li>Elements with integer amounts outside groups are ordered sites and are not reported. Write
 *       {@code (InGeSi)3P3} rather than {@code InGeSiP3} when In, Ge and Si share a site.</li>
 * </ol>
 * Adducts (hydrate water) are not part of the lattice and are ignored.
 */
public final class SublatticeInference {

    private SublatticeInference() {
    }

    /** @return the mixing sites the written form shows, in written order (empty for an ordered compound) */
    public static List<Sublattice> mixingSites(ChemicalFormula formula) {
        if (formula.isElectron()) {
            return List.of();
        }
        List<Sublattice> sites = new ArrayList<>();
        List<ElementUnit> run = new ArrayList<>();
        for (FormulaUnit unit : formula.mainPart().units()) {
            if (unit instanceof ElementUnit e && e.amount() != Math.rint(e.amount())
                    && (run.isEmpty() || kind(run.get(0).element()) == kind(e.element()))) {
                run.add(e);
                continue;
            }
            flushRun(run, sites);
            if (unit instanceof ElementUnit e && e.amount() != Math.rint(e.amount())) {
                run.add(e);
            } else if (unit instanceof GroupUnit g && g.isMixingGroup()) {
                Map<Element, Double> occupants = new LinkedHashMap<>();
                g.members().forEach(m -> m.addAmounts(g.multiplier(), occupants));
                double multiplicity = g.multiplier() * Math.max(1, Math.rint(g.memberAmountSum()));
                sites.add(new Sublattice(label(g), multiplicity, occupants));
            }
        }
        flushRun(run, sites);
        return List.copyOf(sites);
    }

    private static void flushRun(List<ElementUnit> run, List<Sublattice> sites) {
        if (run.size() >= 2) {
            Map<Element, Double> occupants = new LinkedHashMap<>();
            StringBuilder label = new StringBuilder();
            for (ElementUnit e : run) {
                occupants.merge(e.element(), e.amount(), Double::sum);
                label.append(e.element().symbol()).append(AmountFormat.format(e.amount()));
            }
            double sum = occupants.values().stream().mapToDouble(Double::doubleValue).sum();
            sites.add(new Sublattice(label.toString(), Math.max(1, Math.rint(sum)), occupants));
        }
        run.clear();
    }

    private static String label(GroupUnit group) {
        StringBuilder text = new StringBuilder().append(group.bracket().open());
        group.members().forEach(m -> text.append(((ElementUnit) m).element().symbol()));
        text.append(group.bracket().close());
        if (group.multiplier() != 1) {
            text.append(AmountFormat.format(group.multiplier()));
        }
        return text.toString();
    }

    private static int kind(Element element) {
        if (element.category() == ElementCategory.ALKALI) {
            return 0;
        }
        return element.category().isMetalLike() ? 1 : 2;
    }
}
