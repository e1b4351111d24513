package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Energy per electrode area, written mWh/cm2 (seed-001-002 §2 notation; seed-000 F§6).
 *
 * <p>Dimension: M/T² (energy per area).
 */
public interface ArealEnergy extends Quantity<ArealEnergy> {
}
