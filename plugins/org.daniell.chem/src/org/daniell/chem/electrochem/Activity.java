package org.daniell.chem.electrochem;

import javax.measure.Quantity;
import javax.measure.quantity.Pressure;

import org.daniell.chem.unit.FieldUnits;
import org.daniell.chem.unit.quantity.AmountConcentration;
import org.daniell.chem.unit.quantity.Molality;

/**
 * A dimensionless activity for the Nernst equation, with how it was obtained.
 *
 * <p>Standard states (IUPAC Green Book §2.11): c° = 1 mol L⁻¹, m° = 1 mol kg⁻¹, p° = 1 bar; pure solids, pure
 * liquids and the solvent water have activity 1. Using a concentration with γ = 1 is the ideal-solution
 * approximation; it is stated in {@link #basis()} so a report can say so.
 *
 * @param value the activity, positive
 * @param basis how it was obtained, e.g. {@code "concentration 2 M, γ = 1"}
 */
public record Activity(double value, String basis) {

    /** Checks the value. */
    public Activity {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("activity must be positive and finite: " + value);
        }
    }

    /** Activity 1: pure solid, pure liquid, solvent water, or a species at its standard state. */
    public static Activity unity() {
        return new Activity(1.0, "standard state");
    }

    /** An activity given directly. */
    public static Activity of(double value) {
        return new Activity(value, "activity");
    }

    /** a = γ·c/c° with c° = 1 mol/L. */
    public static Activity ofConcentration(Quantity<AmountConcentration> c, double activityCoefficient) {
        double molar = c.to(FieldUnits.MOLAR).getValue().doubleValue();
        return new Activity(activityCoefficient * molar, "concentration " + molar + " M, γ = " + activityCoefficient);
    }

    /** a = c/c° (ideal solution, γ = 1). */
    public static Activity ofConcentration(Quantity<AmountConcentration> c) {
        return ofConcentration(c, 1.0);
    }

    /** a = γ·m/m° with m° = 1 mol/kg. */
    public static Activity ofMolality(Quantity<Molality> m, double activityCoefficient) {
        double molal = m.to(FieldUnits.MOLE_PER_KILOGRAM).getValue().doubleValue();
        return new Activity(activityCoefficient * molal, "molality " + molal + " mol/kg, γ = " + activityCoefficient);
    }

    /** a = p/p° with p° = 1 bar (ideal gas). */
    public static Activity ofPartialPressure(Quantity<Pressure> p) {
        double bar = p.to(FieldUnits.BAR).getValue().doubleValue();
        return new Activity(bar, "partial pressure " + bar + " bar");
    }

    /** The proton activity at this pH: a(H⁺) = 10^−pH (the operational definition of pH). */
    public static Activity ofPh(double pH) {
        return new Activity(Math.pow(10.0, -pH), "a(H+) at pH " + pH);
    }

    /** The hydroxide activity at this pH: a(OH⁻) = 10^(pH − pKw), pKw = 14.00 at 25 °C (IUPAC). */
    public static Activity ofHydroxideAtPh(double pH, double pKw) {
        return new Activity(Math.pow(10.0, pH - pKw), "a(OH-) at pH " + pH + ", pKw " + pKw);
    }
}
