package org.daniell.chem.electrochem;

import org.daniell.chem.PhysicalConstants;
import java.util.OptionalDouble;

import javax.measure.Quantity;
import javax.measure.quantity.ElectricPotential;

import org.daniell.chem.unit.FieldUnits;

import tech.units.indriya.quantity.Quantities;

/**
 * One row of the electrochemical series: a half-reaction written as a reduction and its standard potential
 * vs SHE at 25 °C.
 *
 * @param id stable key, e.g. {@code "zn"}, {@code "o2_h2o"}
 * @param halfReaction the reaction as chemists write it, charges in brackets: {@code "Zn[2+] + 2e- = Zn"}
 * @param oxidized the oxidized species of the couple
 * @param reduced the reduced species of the couple
 * @param electrons n, electrons per half-reaction as written
 * @param protons m, H⁺ consumed (or OH⁻ produced) per half-reaction as written; 0 if pH-independent
 * @param standardPh the pH at which E° holds for a proton-coupled couple (0 acidic form, 14 alkaline form)
 * @param e0 the standard potential vs SHE at 25 °C
 * @param source the table the value comes from
 * @param note what the seeds print for this couple, and where
 */
public record StandardPotential(String id, String halfReaction, String oxidized, String reduced, int electrons,
        int protons, OptionalDouble standardPh, Quantity<ElectricPotential> e0, String source, String note) {

    /** E° in volts vs SHE. */
    public double volts() {
        return e0.to(FieldUnits.VOLT).getValue().doubleValue();
    }

    /** E° as a potential vs SHE. */
    public ElectrodePotential standardPotential() {
        return new ElectrodePotential(e0, ReferenceElectrode.SHE);
    }

    /**
     * The equilibrium potential at {@code pH} with every other species at unit activity:
     * E = E° − (m/n)·(RT ln10/F)·(pH − pH°). For the water couples this gives the water-window lines
     * HER = −0.059 16·pH and OER = 1.229 − 0.059 16·pH V vs SHE at 25 °C (seed-000 R-W3/R-W4). E° itself is
     * the 25 °C value; only the slope follows {@code kelvin}.
     */
    public ElectrodePotential atPh(double pH, double kelvin) {
        if (protons == 0 || standardPh.isEmpty()) {
            return standardPotential();
        }
        double shift = Nernst.phShift(protons, electrons, pH - standardPh.getAsDouble(), kelvin);
        return ElectrodePotential.of(volts() + shift, ReferenceElectrode.SHE);
    }

    /** {@link #atPh(double, double)} at 25 °C. */
    public ElectrodePotential atPh(double pH) {
        return atPh(pH, PhysicalConstants.STANDARD_TEMPERATURE_KELVIN);
    }

    /** Builds a row; used by the table loader and by callers with their own data. */
    public static StandardPotential of(String id, String halfReaction, String oxidized, String reduced, int electrons,
            int protons, OptionalDouble standardPh, double volts, String source, String note) {
        return new StandardPotential(id, halfReaction, oxidized, reduced, electrons, protons, standardPh,
                Quantities.getQuantity(volts, FieldUnits.VOLT), source, note);
    }
}
