package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Capacitance per mass, written F/g (hybrid capacitors, seed-000 F§6).
 *
 * <p>Dimension: I²·T⁴/(M²·L²) (capacitance per mass).
 */
public interface SpecificCapacitance extends Quantity<SpecificCapacitance> {
}
