package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Charge balance at the levels of the electrolyte, the ion inventory and the compartments (ARCHITECTURE.md "Charge
 * balance" 2, 4 and 5; seed-000 §3.2–§3.5, §3.8): the ions of every compartment, how the electrodes keep the
 * electrolyte neutral, the salt consumed or released, the first-cycle ion source of a dual-cation cell, the acid and
 * base the half-reactions use and what must cross each membrane.
 */
public record InventoryAnalysis(List<CompartmentAnalysis> compartments, ChargeCompensation compensation,
        List<SaltUse> salts, Optional<IonSource> ionSource, List<AcidBaseUse> acidBase, List<MembraneFlux> fluxes) {

    public static final InventoryAnalysis NONE = new InventoryAnalysis(List.of(), ChargeCompensation.UNKNOWN,
            List.of(), Optional.empty(), List.of(), List.of());

    public InventoryAnalysis {
        compartments = List.copyOf(compartments);
        salts = List.copyOf(salts);
        acidBase = List.copyOf(acidBase);
        fluxes = List.copyOf(fluxes);
    }

    /** Every figure of the inventory, in a stable order. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        for (CompartmentAnalysis c : compartments) {
            c.cationCharge().ifPresent(all::add);
            c.anionCharge().ifPresent(all::add);
            c.ionicStrength().ifPresent(all::add);
        }
        compensation.alpha().ifPresent(all::add);
        compensation.beta().ifPresent(all::add);
        compensation.saltPerElectron().ifPresent(all::add);
        for (SaltUse salt : salts) {
            all.add(salt.molesPerAh());
            all.add(salt.gramsPerAh());
            salt.volumePerAh().ifPresent(all::add);
            salt.volumeToMinimumPerAh().ifPresent(all::add);
            salt.concentrationAtFullCharge().ifPresent(all::add);
            salt.inventoryCapacity().ifPresent(all::add);
        }
        ionSource.ifPresent(s -> {
            all.add(s.molesPerAh());
            s.saltGramsPerAh().ifPresent(all::add);
            s.requiredConcentration().ifPresent(all::add);
        });
        for (AcidBaseUse use : acidBase) {
            all.add(use.molesPerAh());
            use.gramsPerAh().ifPresent(all::add);
            use.inventoryCapacity().ifPresent(all::add);
        }
        return all;
    }
}
