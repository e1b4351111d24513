package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Charge per electrode area, written mAh/cm2 (e.g. "&gt;3 mAh cm⁻²" commercial cathodes, seed-001-002 §1.1).
 *
 * <p>Dimension: I·T/L² (charge per area).
 */
public interface ArealCapacity extends Quantity<ArealCapacity> {
}
