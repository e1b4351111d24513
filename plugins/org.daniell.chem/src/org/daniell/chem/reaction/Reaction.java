package org.daniell.chem.reaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.AmountFormat;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ParseResult;

/**
 * A (half-)reaction as chemists write it, e.g. {@code MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2} or
 * {@code Zn -> Zn[2+] + 2 e-}. Electrons are species like any other ({@link ChemicalFormula#electron()}).
 *
 * @param reactants left side
 * @param arrow     the arrow as written
 * @param products  right side
 */
public record Reaction(List<ReactionSpecies> reactants, Arrow arrow, List<ReactionSpecies> products) {

    public Reaction {
        reactants = List.copyOf(reactants);
        products = List.copyOf(products);
    }

    /**
     * Reads a reaction. Species are separated by {@code " + "} (a plus with spaces on both sides, so charges such as
     * {@code Zn2+} stay with their species); coefficients come first ({@code 2 e-}, {@code 0.5 Zn[2+]},
     * {@code 2H2O}, {@code 1/2 O2}); arrows {@code ->}, {@code →}, {@code =}, {@code ⇌}, {@code <=>}.
     * Never throws for bad input; error offsets are into {@code text}.
     */
    public static ParseResult<Reaction> parse(String text) {
        return ReactionParser.parse(text);
    }

    /**
     * Electrons consumed by the reaction as written: e- on the left minus e- on the right. Positive for a
     * reduction ({@code I2 + 2 e- -> 2 I-}: 2), negative for an oxidation ({@code Zn -> Zn[2+] + 2 e-}: -2).
     */
    public double electronsConsumed() {
        return electrons(reactants) - electrons(products);
    }

    /** @return the number of electrons transferred, |{@link #electronsConsumed()}| */
    public double electronsTransferred() {
        return Math.abs(electronsConsumed());
    }

    /** @return true if electrons appear on the left (net) */
    public boolean isReduction() {
        return electronsConsumed() > 0;
    }

    /** @return true if electrons appear on the right (net) */
    public boolean isOxidation() {
        return electronsConsumed() < 0;
    }

    private static double electrons(List<ReactionSpecies> side) {
        return side.stream().filter(s -> s.formula().isElectron()).mapToDouble(ReactionSpecies::coefficient).sum();
    }

    /** @return the mass and charge balance, with an absolute tolerance of 1e-9 times the largest side total */
    public BalanceReport balance() {
        Map<Element, Double> residual = new LinkedHashMap<>();
        double charge = 0;
        double scale = 1;
        for (ReactionSpecies s : products) {
            s.formula().elementAmounts().forEach((e, n) -> residual.merge(e, s.coefficient() * n, Double::sum));
            charge += s.coefficient() * s.formula().charge();
            scale = Math.max(scale, s.coefficient() * Math.max(1, s.formula().atomCount()));
        }
        for (ReactionSpecies s : reactants) {
            s.formula().elementAmounts().forEach((e, n) -> residual.merge(e, -s.coefficient() * n, Double::sum));
            charge -= s.coefficient() * s.formula().charge();
            scale = Math.max(scale, s.coefficient() * Math.max(1, s.formula().atomCount()));
        }
        double tolerance = 1e-9 * scale;
        residual.values().removeIf(v -> Math.abs(v) <= tolerance);
        return new BalanceReport(residual, charge, tolerance);
    }

    /** @return the reaction read right to left */
    public Reaction reversed() {
        return new Reaction(products, arrow, reactants);
    }

    /** @return every coefficient multiplied by {@code factor} (&gt; 0) */
    public Reaction scaled(double factor) {
        return new Reaction(reactants.stream().map(s -> s.scaled(factor)).toList(), arrow,
                products.stream().map(s -> s.scaled(factor)).toList());
    }

    /** @return canonical text, e.g. {@code MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2}; parses back to an equal reaction */
    @Override
    public String toString() {
        return side(reactants) + " " + arrow.canonical() + " " + side(products);
    }

    private static String side(List<ReactionSpecies> species) {
        List<String> terms = new ArrayList<>();
        for (ReactionSpecies s : species) {
            terms.add((s.coefficient() == 1 ? "" : AmountFormat.format(s.coefficient()) + " ") + s.formula());
        }
        return String.join(" + ", terms);
    }
}
