package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Capacitance per area, written mF/cm2 (seed-000 R-D1).
 *
 * <p>Dimension: I²·T⁴/(M·L⁴) (capacitance per area).
 */
public interface ArealCapacitance extends Quantity<ArealCapacitance> {
}
