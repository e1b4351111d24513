package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Mass density, written g/cm3 or g/mL (electrolyte density for the E/C conversion, seed-001-002 §2 F4).
 *
 * <p>Dimension: M/L³ (mass per volume).
 */
public interface MassDensity extends Quantity<MassDensity> {
}
