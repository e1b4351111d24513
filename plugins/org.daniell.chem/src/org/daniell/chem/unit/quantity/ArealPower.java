package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Power per electrode or membrane area, written mW/cm2 or W/m2 (fuel cells and metal–air cells, seed-000 F§5.7).
 *
 * <p>Dimension: M/T³ (power per area).
 */
public interface ArealPower extends Quantity<ArealPower> {
}
