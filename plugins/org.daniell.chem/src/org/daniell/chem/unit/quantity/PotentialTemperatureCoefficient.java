package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Temperature coefficient of a potential, written mV/K (seed-000 F§6: −0.97 mV K⁻¹).
 *
 * <p>Dimension: M·L²/(I·T³·Θ) (potential per temperature).
 */
public interface PotentialTemperatureCoefficient extends Quantity<PotentialTemperatureCoefficient> {
}
