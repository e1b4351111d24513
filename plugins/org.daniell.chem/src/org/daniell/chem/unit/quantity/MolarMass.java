package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Molar mass, written g/mol.
 *
 * <p>Dimension: M/N (mass per amount).
 */
public interface MolarMass extends Quantity<MolarMass> {
}
