/**
 * Ions: the charge carriers and anions of seed-000 §2 ({@link org.daniell.chem.ion.IonTable}), with charge,
 * formula, Shannon (1976) ionic radius, Nightingale (1959) hydrated radius and Marcus (1991) hydration Gibbs
 * energy where tabulated, each value with its source, loaded from {@code ions.tsv} beside these classes.
 *
 * <p>Molar masses are not stored: {@link org.daniell.chem.ion.Ion#molarMass(java.util.function.ToDoubleFunction)}
 * takes the formula engine as a function so this package does not depend on the formula package at compile time.
 */
package org.daniell.chem.ion;
