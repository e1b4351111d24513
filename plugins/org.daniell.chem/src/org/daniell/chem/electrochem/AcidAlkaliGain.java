package org.daniell.chem.electrochem;

import org.daniell.chem.PhysicalConstants;
/**
 * The voltage gained by running one electrode in base and the other in acid, the "electrochemical
 * neutralization energy" (ENE) of seed-000 §3.1 and F§3.8: ΔE = (RT ln10/F)·ΔpH, 0.059 16 V per pH unit at 25 °C,
 * for couples with one proton (or hydroxide) per electron. ΔpH = 14 gives 0.828 V, so an alkaline HOR against an
 * acidic ORR reaches 1.229 + 0.828 = 2.057 V (seed-000 §5.1, ref 21).
 */
public final class AcidAlkaliGain {

    private AcidAlkaliGain() {
    }

    /** ΔE in volts for a pH difference {@code deltaPh} at {@code kelvin}. */
    public static double voltageGain(double deltaPh, double kelvin) {
        return Nernst.slope(kelvin) * deltaPh;
    }

    /** ΔE in volts at 25 °C. */
    public static double voltageGain(double deltaPh) {
        return voltageGain(deltaPh, PhysicalConstants.STANDARD_TEMPERATURE_KELVIN);
    }

    /**
     * The Gibbs energy of neutralisation per mole of H⁺ + OH⁻ → H₂O that this gain corresponds to, ΔG = −F·ΔE,
     * in J mol⁻¹ (negative: the reaction is exergonic; seed-000 prints "79.9 kJ mol⁻¹" without the sign, F§9 item 5).
     */
    public static double gibbsEnergyJoulesPerMole(double deltaPh, double kelvin) {
        return -PhysicalConstants.FARADAY * voltageGain(deltaPh, kelvin);
    }
}
