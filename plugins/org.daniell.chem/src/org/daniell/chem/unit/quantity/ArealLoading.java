package org.daniell.chem.unit.quantity;

import javax.measure.Quantity;

/**
 * Mass per electrode area (active-material loading, areal mass of a foil or separator), written mg/cm2 (seed-001-002 §1.1).
 *
 * <p>Dimension: M/L² (mass per area).
 */
public interface ArealLoading extends Quantity<ArealLoading> {
}
