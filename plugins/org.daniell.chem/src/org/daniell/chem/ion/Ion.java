package org.daniell.chem.ion;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import javax.measure.Quantity;
import javax.measure.quantity.Length;

import org.daniell.chem.unit.FieldUnits;
import org.daniell.chem.unit.quantity.MolarMass;

import tech.units.indriya.quantity.Quantities;

/**
 * An ion that carries charge in a cell (seed-000 §2): its formula, charge and sizes, each size with its source.
 *
 * @param id stable key ({@code "li"}, {@code "tfsi"})
 * @param name the chemical name
 * @param formula the neutral formula of the ion without its charge ({@code "N(SO2CF3)2"} for TFSI⁻), as
 *        {@code org.daniell.chem.formula.ChemicalFormula.parse} reads it
 * @param charge the charge number z
 * @param aliases other names and spellings ({@code "TFSI-"}, {@code "NTf2-"}, {@code "triflate"})
 * @param shannonRadius the effective ionic radius (Shannon 1976), if tabulated
 * @param shannonCoordination the coordination (and spin state) the Shannon radius is for, e.g. {@code "VI, high spin"}
 * @param hydratedRadius the hydrated radius (Nightingale 1959), if the seed prints one
 * @param hydrationGibbsEnergy the Gibbs energy of hydration in kJ mol⁻¹ (Marcus 1991), if the seed prints one
 * @param radiusSource source of {@link #shannonRadius()}
 * @param hydratedSource source of {@link #hydratedRadius()}
 * @param gibbsSource source of {@link #hydrationGibbsEnergy()}
 * @param note where the seed mentions the ion
 */
public record Ion(String id, String name, String formula, int charge, List<String> aliases,
        Optional<Quantity<Length>> shannonRadius, String shannonCoordination, Optional<Quantity<Length>> hydratedRadius,
        OptionalDouble hydrationGibbsEnergy, String radiusSource, String hydratedSource, String gibbsSource,
        String note) {

    /** Copies the alias list and checks the charge. */
    public Ion {
        aliases = List.copyOf(aliases);
        if (charge == 0) {
            throw new IllegalArgumentException(id + ": an ion has a non-zero charge");
        }
    }

    /** The ion written the way the language writes it: {@code Li[+]}, {@code SO4[2-]}, {@code Fe(CN)6[3-]}. */
    public String symbol() {
        return formula + "[" + (Math.abs(charge) > 1 ? Math.abs(charge) : "") + (charge > 0 ? "+" : "-") + "]";
    }

    /** Whether the ion is positive. */
    public boolean isCation() {
        return charge > 0;
    }

    /** Whether the ion is negative. */
    public boolean isAnion() {
        return charge < 0;
    }

    /**
     * The molar mass from the formula, computed by the caller's formula engine (the integrator passes
     * {@code f -> ChemicalFormula.parse(f).molarMass()}). The electron mass (0.000 549 g mol⁻¹ per charge) is
     * neglected, as in the seed's tables.
     *
     * @param molarMassOfFormula formula → molar mass in g/mol
     */
    public Quantity<MolarMass> molarMass(ToDoubleFunction<String> molarMassOfFormula) {
        return Quantities.getQuantity(molarMassOfFormula.applyAsDouble(formula), FieldUnits.GRAM_PER_MOLE);
    }

    /** Ionic radius in ångström, for a length in Å from the table. */
    static Optional<Quantity<Length>> angstrom(String cell) {
        return cell.isEmpty() ? Optional.empty()
                : Optional.of(Quantities.getQuantity(Double.parseDouble(cell), FieldUnits.ANGSTROM));
    }

    @Override
    public String toString() {
        return symbol();
    }
}
