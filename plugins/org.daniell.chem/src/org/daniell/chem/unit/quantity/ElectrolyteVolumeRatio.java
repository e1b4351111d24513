package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Electrolyte volume per cell capacity, the volumetric E/C ratio, written µL/mAh or uL/mAh (seed-001-002 §2 F4).
 *
 * <p>Dimension: L³/(I·T) (volume per charge).
 */
public interface ElectrolyteVolumeRatio extends Quantity<ElectrolyteVolumeRatio> {
}
