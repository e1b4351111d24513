package org.daniell.chem.electrochem;

import org.daniell.chem.PhysicalConstants;
import java.util.List;

/**
 * The Nernst equation, E = E° − (RT/nF)·ln(Π a_red^ν / Π a_ox^ν), for a half-reaction written as a reduction,
 * with R and F from {@link PhysicalConstants}.
 *
 * <p>At 25 °C the decimal slope RT·ln10/F is 0.059 16 V, the number behind "0.05916·ΔpH" (seed-000 F§3.8, F§6)
 * and the water-window lines (seed-000 R-W3/R-W4). Activities are dimensionless ({@link Activity}).
 */
public final class Nernst {

    /** ln 10, between natural and decimal logarithms. */
    private static final double LN_10 = Math.log(10.0);

    private Nernst() {
    }

    /** RT/F in volts at {@code kelvin} (25.693 mV at 298.15 K). */
    public static double thermalVoltage(double kelvin) {
        return PhysicalConstants.GAS_CONSTANT * kelvin / PhysicalConstants.FARADAY;
    }

    /** The decimal Nernst slope RT·ln10/F in volts per decade (0.059 16 V at 298.15 K). */
    public static double slope(double kelvin) {
        return thermalVoltage(kelvin) * LN_10;
    }

    /**
     * One species of a half-reaction with its stoichiometric coefficient and activity.
     *
     * @param coefficient the stoichiometric coefficient (positive)
     * @param activity the activity
     */
    public record Term(double coefficient, Activity activity) {

        /** Checks the coefficient. */
        public Term {
            if (!(coefficient > 0)) {
                throw new IllegalArgumentException("stoichiometric coefficient must be positive: " + coefficient);
            }
        }

        double lnPower() {
            return coefficient * Math.log(activity.value());
        }
    }

    /**
     * The potential of the half-reaction {@code Σ oxidized + n e⁻ → Σ reduced} at the given activities.
     * Protons belong on the oxidized side as {@link Activity#ofPh(double)}; hydroxide on the reduced side as
     * {@link Activity#ofHydroxideAtPh(double, double)}; pure solids and water as {@link Activity#unity()}.
     *
     * @param standardPotential E° in volts (vs the scale E° is on)
     * @param electrons n, electrons transferred (positive)
     * @param oxidized terms on the oxidized side
     * @param reduced terms on the reduced side
     * @param kelvin temperature
     * @return E in volts on the same scale as E°
     */
    public static double potential(double standardPotential, double electrons, List<Term> oxidized, List<Term> reduced,
            double kelvin) {
        if (!(electrons > 0)) {
            throw new IllegalArgumentException("electrons must be positive: " + electrons);
        }
        double lnQ = reduced.stream().mapToDouble(Term::lnPower).sum()
                - oxidized.stream().mapToDouble(Term::lnPower).sum();
        return standardPotential - thermalVoltage(kelvin) / electrons * lnQ;
    }

    /** E = E° − (RT/nF)·ln Q for a reaction quotient Q already computed. */
    public static double potential(double standardPotential, double electrons, double reactionQuotient, double kelvin) {
        if (!(electrons > 0)) {
            throw new IllegalArgumentException("electrons must be positive: " + electrons);
        }
        if (!(reactionQuotient > 0)) {
            throw new IllegalArgumentException("reaction quotient must be positive: " + reactionQuotient);
        }
        return standardPotential - thermalVoltage(kelvin) / electrons * Math.log(reactionQuotient);
    }

    /**
     * Shift of a proton-coupled couple's potential with pH: −(m/n)·slope·ΔpH for m protons and n electrons
     * (both per half-reaction as written). For m = n, −0.059 16 V per pH unit at 25 °C.
     */
    public static double phShift(double protons, double electrons, double deltaPh, double kelvin) {
        return -protons / electrons * slope(kelvin) * deltaPh;
    }
}
