package org.daniell.chem.electrochem;

import javax.measure.Quantity;
import javax.measure.quantity.ElectricPotential;

import org.daniell.chem.unit.FieldUnits;

import tech.units.indriya.quantity.Quantities;

/**
 * Converts potentials between reference electrodes: E(vs B) = E(vs A) + E_A(vs SHE) − E_B(vs SHE)
 * (seed-000 R-D2: E_SHE = E_ref + E°(ref); RHE: E_SHE = E_RHE − 0.0592·pH).
 *
 * <p>The potential of each reference vs SHE is its 25 °C value from {@link ReferenceElectrodes}; only the RHE
 * follows the temperature, through the Nernst slope. Temperature coefficients of Ag/AgCl, SCE and Hg/HgO
 * (about −0.5 to −1 mV K⁻¹) are not modelled.
 */
public final class PotentialScale {

    private PotentialScale() {
    }

    /** The potential of the reference electrode itself vs SHE, in volts, under {@code conditions}. */
    public static double referenceVsShe(ReferenceElectrode reference, SolutionConditions conditions) {
        ReferenceElectrodes.Definition d = ReferenceElectrodes.definition(reference);
        return switch (d.basis()) {
            case FIXED -> d.fixedVolts().orElseThrow();
            case COUPLE -> StandardPotentials.require(d.coupleId().orElseThrow()).volts();
            case RHE -> -Nernst.slope(conditions.kelvin()) * conditions.requirePh("the RHE scale");
        };
    }

    /** The potential of the reference electrode itself vs SHE, as a quantity. */
    public static Quantity<ElectricPotential> referencePotential(ReferenceElectrode reference,
            SolutionConditions conditions) {
        return Quantities.getQuantity(referenceVsShe(reference, conditions), FieldUnits.VOLT);
    }

    /**
     * {@code potential} expressed against {@code target}. Throws {@link IllegalArgumentException} if the RHE is
     * involved and {@code conditions} has no pH.
     */
    public static ElectrodePotential convert(ElectrodePotential potential, ReferenceElectrode target,
            SolutionConditions conditions) {
        if (potential.reference() == target) {
            return potential;
        }
        double vsShe = potential.volts() + referenceVsShe(potential.reference(), conditions);
        return ElectrodePotential.of(vsShe - referenceVsShe(target, conditions), target);
    }

    /** {@code potential} on the SHE scale. */
    public static ElectrodePotential toShe(ElectrodePotential potential, SolutionConditions conditions) {
        return convert(potential, ReferenceElectrode.SHE, conditions);
    }
}
