package org.daniell.chem;

/**
 * Physical constants used throughout the kernel. Values are the exact SI defining constants of the
 * 2019 SI redefinition as published in CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)).
 */
public final class PhysicalConstants {

    /** Faraday constant F = N_A·e in C/mol (exact, CODATA 2018). */
    public static final double FARADAY_C_PER_MOL = 96485.33212;

    /** Molar gas constant R = N_A·k in J/(mol·K) (exact, CODATA 2018). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

    /** Avogadro constant in 1/mol (exact, CODATA 2018). */
    public static final double AVOGADRO_PER_MOL = 6.02214076e23;

    /** Standard temperature for tabulated electrode potentials, 298.15 K (IUPAC). */
    public static final double STANDARD_TEMPERATURE_K = 298.15;

    /** Coulombs in one milliampere-hour: 1 mAh = 3.6 C. */
    public static final double COULOMBS_PER_MILLIAMPERE_HOUR = 3.6;

    private PhysicalConstants() {
    }
}
