package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Current per electrode area, written mA/cm2 (seed-001-002 §1.3).
 *
 * <p>Dimension: I/L² (current per area).
 */
public interface CurrentDensity extends Quantity<CurrentDensity> {
}
