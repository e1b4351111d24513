package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Amount-of-substance concentration (molarity), written mol/L or M (IUPAC Green Book: M = mol dm⁻³).
 *
 * <p>Dimension: N/L³ (amount per volume).
 */
public interface AmountConcentration extends Quantity<AmountConcentration> {
}
