package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Energy per volume, written Wh/L (seed-000 F§6). Dimensionally equal to a pressure; the kind keeps them apart.
 *
 * <p>Dimension: M/(L·T²) (energy per volume).
 */
public interface EnergyDensity extends Quantity<EnergyDensity> {
}
