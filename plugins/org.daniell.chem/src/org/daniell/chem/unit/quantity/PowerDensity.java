package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Power per volume, written W/L or kW/L (seed-000 F§6).
 *
 * <p>Dimension: M/(L·T³) (power per volume).
 */
public interface PowerDensity extends Quantity<PowerDensity> {
}
