/**
 * Electrode potentials with their reference electrode, conversion between reference scales, the Nernst
 * equation, the acid–alkali (pH-decoupled) voltage gain, the thermodynamic water window and the practical
 * windows the seed papers state.
 *
 * <p>Data tables beside these classes, each row with its source:
 * <ul>
 * <li>{@code standard-potentials.tsv}: E° vs SHE at 25 °C, CRC Handbook "Electrochemical Series"; each row notes
 * the value the seed prints ({@link org.daniell.chem.electrochem.StandardPotentials}).</li>
 * <li>{@code reference-electrodes.tsv}: potentials of SHE, RHE, the metal references (from the E° table),
 * Ag/AgCl (sat. KCl) 0.197 V, SCE 0.241 V, Hg/HgO (1 M KOH) 0.098 V
 * ({@link org.daniell.chem.electrochem.ReferenceElectrodes}).</li>
 * <li>{@code practical-windows.tsv}: stability windows and cut-offs with numbers from seed-000 R-W1/R-W2 and
 * seed-001-002 §3.3 ({@link org.daniell.chem.electrochem.PracticalWindows}).</li>
 * </ul>
 *
 * <p>Constants: R = 8.314 462 618 J mol⁻¹ K⁻¹ and F = 96 485.332 12 C mol⁻¹ (CODATA 2018,
 * {@link org.daniell.chem.PhysicalConstants}). Potentials are
 * {@code Quantity<ElectricPotential>} inside an {@link org.daniell.chem.electrochem.ElectrodePotential} that names
 * its reference; conversions and Nernst arithmetic are done in double precision.
 */
package org.daniell.chem.electrochem;
