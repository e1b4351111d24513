package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * C-rate: the current that would charge or discharge the nominal capacity in a given time, expressed relative to one hour, so 1 C = 1 h⁻¹ and I = C-rate × Q_nominal (seed-000 F§6, seed-001-002 F12). Dimensionally a frequency; kept apart from Hz by its kind.
 *
 * <p>Dimension: 1/T (reciprocal time).
 */
public interface CRate extends Quantity<CRate> {
}
