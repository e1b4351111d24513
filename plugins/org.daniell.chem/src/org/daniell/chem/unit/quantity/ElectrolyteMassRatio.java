package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Electrolyte mass per cell capacity, the gravimetric E/C ratio, written g/Ah (= mg/mAh; seed-001-002 §2 F4).
 *
 * <p>Dimension: M/(I·T) (mass per charge).
 */
public interface ElectrolyteMassRatio extends Quantity<ElectrolyteMassRatio> {
}
