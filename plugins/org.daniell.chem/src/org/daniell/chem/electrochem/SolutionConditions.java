package org.daniell.chem.electrochem;

import org.daniell.chem.PhysicalConstants;
import java.util.OptionalDouble;

import javax.measure.Quantity;
import javax.measure.quantity.Temperature;

import org.daniell.chem.unit.FieldUnits;

import tech.units.indriya.quantity.Quantities;

/**
 * Temperature and (for aqueous solutions) pH at which potentials are converted or evaluated.
 *
 * @param temperature the temperature (any temperature unit; converted to K where used)
 * @param pH the pH, if the electrolyte has one; needed for the RHE scale and pH-dependent couples
 */
public record SolutionConditions(Quantity<Temperature> temperature, OptionalDouble pH) {

    /** 25 °C, no pH. */
    public static SolutionConditions standard() {
        return new SolutionConditions(Quantities.getQuantity(PhysicalConstants.STANDARD_TEMPERATURE_KELVIN, FieldUnits.KELVIN), OptionalDouble.empty());
    }

    /** 25 °C at this pH. */
    public static SolutionConditions atPh(double pH) {
        return new SolutionConditions(Quantities.getQuantity(PhysicalConstants.STANDARD_TEMPERATURE_KELVIN, FieldUnits.KELVIN), OptionalDouble.of(pH));
    }

    /** This temperature in kelvin, with this pH. */
    public static SolutionConditions of(double kelvin, double pH) {
        return new SolutionConditions(Quantities.getQuantity(kelvin, FieldUnits.KELVIN), OptionalDouble.of(pH));
    }

    /** The temperature in kelvin. */
    public double kelvin() {
        return temperature.to(FieldUnits.KELVIN).getValue().doubleValue();
    }

    /** The pH, or an exception naming why it was needed. */
    public double requirePh(String purpose) {
        if (pH.isEmpty()) {
            throw new IllegalArgumentException(purpose + " needs the pH of the solution");
        }
        return pH.getAsDouble();
    }
}
