package org.daniell.chem.electrochem;

import javax.measure.Quantity;
import javax.measure.quantity.ElectricPotential;

import org.daniell.chem.unit.FieldUnits;

import tech.units.indriya.quantity.Quantities;

/**
 * A potential together with the reference electrode it is measured against. A potential without a
 * reference is meaningless (seed-000 R-D2); this type makes it impossible to forget.
 *
 * @param value the potential (any potential unit)
 * @param reference what it is measured against
 */
public record ElectrodePotential(Quantity<ElectricPotential> value, ReferenceElectrode reference) {

    /** A potential of {@code volts} V vs {@code reference}. */
    public static ElectrodePotential of(double volts, ReferenceElectrode reference) {
        return new ElectrodePotential(Quantities.getQuantity(volts, FieldUnits.VOLT), reference);
    }

    /** The value in volts. */
    public double volts() {
        return value.to(FieldUnits.VOLT).getValue().doubleValue();
    }

    /** This potential expressed against {@code target} (see {@link PotentialScale#convert}). */
    public ElectrodePotential to(ReferenceElectrode target, SolutionConditions conditions) {
        return PotentialScale.convert(this, target, conditions);
    }

    /** This potential expressed against {@code target} at 25 °C; throws if the RHE is involved (it needs a pH). */
    public ElectrodePotential to(ReferenceElectrode target) {
        return PotentialScale.convert(this, target, SolutionConditions.standard());
    }

    @Override
    public String toString() {
        return value + " vs " + reference.label();
    }
}
