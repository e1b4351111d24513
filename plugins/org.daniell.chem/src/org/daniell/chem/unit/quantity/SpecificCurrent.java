package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Current per active mass, written mA/g or A/g (seed-001-002 §1.3: I_areal = i_specific × L).
 *
 * <p>Dimension: I/M (current per mass).
 */
public interface SpecificCurrent extends Quantity<SpecificCurrent> {
}
