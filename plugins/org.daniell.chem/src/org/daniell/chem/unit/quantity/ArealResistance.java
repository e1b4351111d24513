package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Area-specific resistance, written Ohm cm2 (membranes, seed-000 F§5.9).
 *
 * <p>Dimension: M·L⁴/(I²·T³) (resistance times area).
 */
public interface ArealResistance extends Quantity<ArealResistance> {
}
