package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Charge stored per mass of a declared basis, written mAh/g or mAh g-1 (e.g. 820 mAh/g for Zn, seed-000 F§5.1).
 *
 * <p>Dimension: I·T/M (charge per mass).
 */
public interface SpecificCapacity extends Quantity<SpecificCapacity> {
}
