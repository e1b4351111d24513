package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Capacitance per volume, written F/cm3 (seed-000 R-D1).
 *
 * <p>Dimension: I²·T⁴/(M·L⁵) (capacitance per volume).
 */
public interface VolumetricCapacitance extends Quantity<VolumetricCapacitance> {
}
