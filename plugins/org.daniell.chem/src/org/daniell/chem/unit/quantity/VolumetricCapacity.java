package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Charge per volume, written mAh/cm3 or Ah/L (e.g. 5854 mAh cm⁻³ for Zn, seed-000 F§5.1; 47.1 Ah L⁻¹ flow-battery electrolyte, seed-000 F§5.9).
 *
 * <p>Dimension: I·T/L³ (charge per volume).
 */
public interface VolumetricCapacity extends Quantity<VolumetricCapacity> {
}
