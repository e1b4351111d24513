package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Energy per mass of a declared basis, written Wh/kg (seed-000 F§6).
 *
 * <p>Dimension: L²/T² (energy per mass).
 */
public interface SpecificEnergy extends Quantity<SpecificEnergy> {
}
