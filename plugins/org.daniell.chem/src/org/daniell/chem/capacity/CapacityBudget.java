package org.daniell.chem.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.AmountFormat;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Theoretical capacity of a host summed over declared mechanisms (seed-003-004 §2.4 "Total"): intercalation,
 * conversion and alloying electrons per formula unit, then Q = n·F/(3.6·M). Only what is declared is counted.
 *
 * <pre>
 * CapacityBudget.of(ChemicalFormula.of("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3"))
 *     .conversion(Set.of())                       // 3 Te -> 3 K2Te: 6 e-
 *     .alloying(Sb, K3Sb).alloying(Bi, K3Bi).alloying(Sn, KSn)
 *     .mAhPerGram();                              // 11 e- -> 467.8 mAh/g
 * </pre>
 */
public final class CapacityBudget {

    private final ChemicalFormula host;
    private final List<CapacityContribution> contributions = new ArrayList<>();

    private CapacityBudget(ChemicalFormula host) {
        this.host = host;
    }

    /** Starts an empty budget for the host compound. */
    public static CapacityBudget of(ChemicalFormula host) {
        return new CapacityBudget(host);
    }

    /** Adds intercalation of {@code carriers} ions of charge {@code carrierCharge} per formula unit. */
    public CapacityBudget intercalation(double carriers, int carrierCharge) {
        contributions.add(new CapacityContribution("intercalation", carriers * carrierCharge));
        return this;
    }

    /** Adds full conversion with the given inactive stabilisers ({@link ConversionElectrons}). */
    public CapacityBudget conversion(Set<Element> inactive) {
        contributions.add(new CapacityContribution("conversion", ConversionElectrons.of(host, inactive)));
        return this;
    }

    /** Adds alloying of all of {@code element} in the host into {@code endPhase} (after conversion to metal). */
    public CapacityBudget alloying(Element element, AlloyEndPhase endPhase) {
        if (endPhase.host() != element) {
            throw new IllegalArgumentException(endPhase.phase() + " is not an end phase of " + element);
        }
        contributions.add(new CapacityContribution("alloying " + element.symbol() + " -> " + endPhase.phase()
                + " (" + AmountFormat.format(endPhase.carriersPerHost()) + " per atom)",
                host.amountOf(element) * endPhase.electronsPerHost()));
        return this;
    }

    /** Adds a stated number of electrons per formula unit for a named mechanism. */
    public CapacityBudget electrons(String mechanism, double electrons) {
        contributions.add(new CapacityContribution(mechanism, electrons));
        return this;
    }

    /** @return the contributions in the order added */
    public List<CapacityContribution> contributions() {
        return List.copyOf(contributions);
    }

    /** @return Σ electrons per formula unit */
    public double electrons() {
        return contributions.stream().mapToDouble(CapacityContribution::electrons).sum();
    }

    /** @return the theoretical capacity in mAh per gram of host */
    public double mAhPerGram() {
        return TheoreticalCapacity.mAhPerGram(host, electrons());
    }
}
