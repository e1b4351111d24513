package org.daniell.chem.capacity;

import java.util.Map;
import java.util.Optional;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * The fully alloyed phase of a host element with a carrier, e.g. Li22Si5 (4.4 Li per Si), Na3Sb, KSn.
 *
 * @param phase           the end-phase formula
 * @param carrier         the alloying ion's element (Li, Na, K ...)
 * @param host            the host element (Si, Sn, Sb ...)
 * @param carriersPerHost y in X_yM
 * @param carrierCharge   charge of the carrier ion (1 for Li+, Na+, K+)
 */
public record AlloyEndPhase(ChemicalFormula phase, Element carrier, Element host, double carriersPerHost,
                            int carrierCharge) {

    /**
     * Derives the end phase from a binary formula; the host is the element that is not the carrier.
     *
     * @return empty if the formula does not hold exactly the carrier and one other element
     */
    public static Optional<AlloyEndPhase> of(ChemicalFormula phase, Element carrier, int carrierCharge) {
        Map<Element, Double> amounts = phase.elementAmounts();
        if (amounts.size() != 2 || !amounts.containsKey(carrier) || phase.charge() != 0) {
            return Optional.empty();
        }
        Element host = amounts.keySet().stream().filter(e -> e != carrier).findFirst().orElseThrow();
        return Optional.of(new AlloyEndPhase(phase, carrier, host, amounts.get(carrier) / amounts.get(host),
                carrierCharge));
    }

    /** @return electrons stored per host atom: y·z */
    public double electronsPerHost() {
        return carriersPerHost * carrierCharge;
    }

    /** @return capacity per gram of host: y·z·F/(3.6·Ar(host)) in mAh/g (Si → Li22Si5: 4198.9) */
    public double mAhPerGramOfHost() {
        return TheoreticalCapacity.mAhPerGram(electronsPerHost(), host.atomicWeight());
    }
}
