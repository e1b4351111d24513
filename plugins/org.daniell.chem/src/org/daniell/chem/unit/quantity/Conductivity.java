package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Ionic or electronic conductivity, written S/cm, mS/cm or S/m (seed-000 F§6).
 *
 * <p>Dimension: I²·T³/(M·L³) (conductance per length).
 */
public interface Conductivity extends Quantity<Conductivity> {
}
