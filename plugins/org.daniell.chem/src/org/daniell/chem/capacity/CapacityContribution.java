package org.daniell.chem.capacity;

/**
 * One mechanism's share of a capacity budget.
 *
 * @param mechanism   e.g. "conversion", "alloying Sn -> KSn", "intercalation"
 * @param electrons   electrons per formula unit
 */
public record CapacityContribution(String mechanism, double electrons) {
}
