package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Molality, written mol/kg or m ("4 m Zn(OTf)₂", seed-001-002 §3.3 E6).
 *
 * <p>Dimension: N/M (amount per mass of solvent).
 */
public interface Molality extends Quantity<Molality> {
}
