package org.daniell.chem.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;

/**
 * A chemical formula as chemists write it: elements with (possibly fractional) amounts, nested {@code ()} and
 * {@code []} groups, mixing sites such as {@code (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O}, adducts such as the water of
 * {@code Li2ZnCl4·9H2O}, a charge ({@code SO4[2-]}) and symbolic deviations ({@code O3-δ}).
 *
 * <p>Read formulas with {@link #parse(String)}; the written structure is kept, so {@link #toString()} prints a
 * canonical text that parses back to an equal formula. Equality is structural ({@code H2O} and {@code OH2} differ);
 * use {@link #hasSameComposition(ChemicalFormula, double)} to compare compositions.
 *
 * <p>What is accepted, briefly:
 * <ul>
 *   <li>amounts: {@code 2}, {@code 0.2}, {@code 1.26}, subscript digits {@code H₂O};</li>
 *   <li>groups: {@code (PO4)3}, {@code [Fe(CN)6]1.26}; a group of two or more different metals without amounts,
 *       {@code (CrMnFeCoNi)3O4}, and a comma list {@code (Mg,Co,Ni,Cu,Zn)O} mean equal shares (with a warning);</li>
 *   <li>adducts after {@code ·}, {@code •}, {@code *} or {@code .}: {@code CuSO4·5H2O}, {@code Li2ZnCl4.9H2O};</li>
 *   <li>charges at the end: {@code Zn[2+]}, {@code SO4[2-]}, {@code Zn^2+}, {@code Zn²⁺}, {@code Zn+2},
 *       {@code Cl-}, {@code NH4+}, {@code NO3-}, {@code SO42-} (last digit read as the charge, with a warning),
 *       {@code Zn2+} (a monatomic ion's digit is its charge), {@code [Fe(CN)6]4-} (after a complex in square
 *       brackets the digit is the charge); the electron {@code e-};</li>
 *   <li>deviations: {@code O3-δ}, {@code O3-d}, {@code O3-x}, {@code Li1-xCoO2}, {@code O5+δ};</li>
 *   <li>ion abbreviations of {@link Abbreviations}: {@code LiTFSI}, {@code Zn(OTf)2}, {@code NaFSI}.</li>
 * </ul>
 */
public final class ChemicalFormula {

    private static final ChemicalFormula ELECTRON = new ChemicalFormula(List.of(), -1, true);

    private final List<FormulaPart> parts;
    private final int charge;
    private final boolean electron;

    ChemicalFormula(List<FormulaPart> parts, int charge, boolean electron) {
        this.parts = List.copyOf(parts);
        this.charge = charge;
        this.electron = electron;
    }

    /**
     * Reads a formula. Never throws for bad input.
     *
     * @param text the formula as written
     * @return the formula with any warnings, or positioned errors (offsets into {@code text})
     */
    public static ParseResult<ChemicalFormula> parse(String text) {
        return FormulaParser.parse(text);
    }

    /**
     * Reads a formula that the caller knows to be valid, such as a constant in code or a test.
     *
     * @throws IllegalArgumentException with the first positioned error if the text is not a formula
     */
    public static ChemicalFormula of(String text) {
        ParseResult<ChemicalFormula> result = parse(text);
        return result.optionalValue().orElseThrow(() -> new IllegalArgumentException(
                "not a formula: '" + text + "': " + result.errors().get(0)));
    }

    /** @return the electron, {@code e-}: charge -1, no elements, molar mass 0 (see {@link #molarMass()}) */
    public static ChemicalFormula electron() {
        return ELECTRON;
    }

    /**
     * Builds a formula from parts; used by code that derives formulas (for example per-site views).
     *
     * @param parts  main part first, then adducts
     * @param charge total charge
     */
    public static ChemicalFormula of(List<FormulaPart> parts, int charge) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a formula needs at least one part");
        }
        return new ChemicalFormula(parts, charge, false);
    }

    /** @return the dot-separated parts: the main part first, then adducts such as hydrate water; empty for e- */
    public List<FormulaPart> parts() {
        return parts;
    }

    /** @return the part before the first hydrate/adduct dot */
    public FormulaPart mainPart() {
        if (electron) {
            throw new IllegalStateException("the electron has no parts");
        }
        return parts.get(0);
    }

    /** @return the total charge in units of the elementary charge (+2 for {@code Zn[2+]}, -1 for {@code e-}) */
    public int charge() {
        return charge;
    }

    /** @return true for the electron {@code e-} */
    public boolean isElectron() {
        return electron;
    }

    /**
     * @return amount of each element per formula unit, adducts included, in order of first appearance;
     *     nominal amounts for symbolic deviations ({@code O3-δ} counts 3 O)
     */
    public Map<Element, Double> elementAmounts() {
        Map<Element, Double> amounts = new LinkedHashMap<>();
        for (FormulaPart part : parts) {
            for (FormulaUnit unit : part.units()) {
                unit.addAmounts(part.coefficient(), amounts);
            }
        }
        return Collections.unmodifiableMap(amounts);
    }

    /** @return the amount of the element per formula unit (0 if absent) */
    public double amountOf(Element element) {
        return elementAmounts().getOrDefault(element, 0.0);
    }

    /** @return the amount of the element with this symbol per formula unit (0 if absent or unknown) */
    public double amountOf(String symbol) {
        return PeriodicTable.bySymbol(symbol).map(this::amountOf).orElse(0.0);
    }

    /** @return the number of atoms per formula unit */
    public double atomCount() {
        return elementAmounts().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * @return the molar mass in g/mol: sum of amount × IUPAC CIAAW 2021 standard atomic weight. Electron masses are
     *     ignored, as is conventional for ions, so {@code e-} has molar mass 0 and {@code Zn[2+]} that of Zn.
     *     Symbolic deviations count at their nominal amount (δ = 0).
     */
    public double molarMass() {
        double sum = 0;
        for (Map.Entry<Element, Double> entry : elementAmounts().entrySet()) {
            sum += entry.getKey().atomicWeight() * entry.getValue();
        }
        return sum;
    }

    /** @return the element units written with a symbolic deviation ({@code O3-δ}), in written order */
    public List<ElementUnit> deviations() {
        List<ElementUnit> found = new ArrayList<>();
        for (FormulaPart part : parts) {
            collectDeviations(part.units(), found);
        }
        return found;
    }

    private static void collectDeviations(List<FormulaUnit> units, List<ElementUnit> found) {
        for (FormulaUnit unit : units) {
            if (unit instanceof ElementUnit e && e.deviation() != AmountDeviation.NONE) {
                found.add(e);
            } else if (unit instanceof GroupUnit g) {
                collectDeviations(g.members(), found);
            }
        }
    }

    /**
     * @param other     another formula
     * @param tolerance absolute tolerance on each element amount
     * @return true if both have the same charge and the same element amounts within the tolerance
     */
    public boolean hasSameComposition(ChemicalFormula other, double tolerance) {
        if (charge != other.charge || electron != other.electron) {
            return false;
        }
        Map<Element, Double> mine = elementAmounts();
        Map<Element, Double> theirs = other.elementAmounts();
        if (!mine.keySet().equals(theirs.keySet())) {
            return false;
        }
        return mine.entrySet().stream()
                .allMatch(e -> Math.abs(e.getValue() - theirs.get(e.getKey())) <= tolerance);
    }

    /** @return the canonical text, which {@link #parse(String)} reads back to an equal formula */
    @Override
    public String toString() {
        return FormulaPrinter.print(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChemicalFormula other && charge == other.charge && electron == other.electron
                && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts, charge, electron);
    }
}
