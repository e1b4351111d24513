package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Diffusion coefficient, written cm2/s or m2/s (seed-000 F§6: 1 m² s⁻¹ = 10⁴ cm² s⁻¹).
 *
 * <p>Dimension: L²/T.
 */
public interface Diffusivity extends Quantity<Diffusivity> {
}
