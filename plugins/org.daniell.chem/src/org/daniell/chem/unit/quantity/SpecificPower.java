package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Power per mass, written W/kg or kW/kg (seed-000 F§6).
 *
 * <p>Dimension: L²/T³ (power per mass).
 */
public interface SpecificPower extends Quantity<SpecificPower> {
}
