package org.daniell.chem;

/**
 * Physical constants used throughout the kernel, each in one place. N_A, e and k are defining
 * constants of the 2019 SI and therefore exact (CODATA 2018: Tiesinga et al., Rev. Mod. Phys. 93,
 * 025010 (2021)); F and R are their exact products.
 */
public final class PhysicalConstants {

    /** Avogadro constant N_A in 1/mol (exact). */
    public static final double AVOGADRO = 6.02214076e23;

    /** Elementary charge e in C (exact). */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Boltzmann constant k in J/K (exact). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Faraday constant F = N_A·e = 96 485.332 12… C/mol. */
    public static final double FARADAY = AVOGADRO * ELEMENTARY_CHARGE;

    /** Molar gas constant R = N_A·k = 8.314 462 618… J/(mol·K). */
    public static final double GAS_CONSTANT = AVOGADRO * BOLTZMANN;

    /** Standard temperature of tabulated electrode potentials, 298.15 K = 25 °C (IUPAC). */
    public static final double STANDARD_TEMPERATURE_KELVIN = 298.15;

    /** Coulombs in one milliampere-hour: 1 mAh = 10⁻³ A × 3600 s = 3.6 C. */
    public static final double COULOMBS_PER_MILLIAMPERE_HOUR = 3.6;

    /** F as charge per mole of electrons in mAh/mol: F / 3.6 = 26 801.48… mAh/mol. */
    public static final double MILLIAMPERE_HOURS_PER_MOLE = FARADAY / COULOMBS_PER_MILLIAMPERE_HOUR;

    /** F in Ah/mol: 26.801 48… ("26.80", seed-000 F§3.8 and F§6); 1 Ah is 0.037 311… mol of electrons. */
    public static final double AMPERE_HOURS_PER_MOLE = MILLIAMPERE_HOURS_PER_MOLE / 1000;

    private PhysicalConstants() {
    }
}
