package org.daniell.model.analysis;

import java.util.List;
import java.util.Optional;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Material;
import org.daniell.model.design.Mechanism;

/**
 * What the analysis knows about one electrode. Figures are in display units: specific capacities in mAh/g, areal
 * masses in mg/cm², areal capacity in mAh/cm², thicknesses in µm, potentials in V vs SHE.
 *
 * @param active         the first active component, the one whose material names the electrode's chemistry
 * @param carriers       the ions the active material stores or exchanges, as written ({@code Zn[2+]})
 * @param plating        whether the active material is a metal that plates and strips
 * @param metalFoil      whether the active material is a metal foil (plating anodes and alloying foils)
 * @param arealCapacity  stated, or computed from loading and specific capacity
 * @param potential      average electrode potential vs SHE (stated, or the metal couple's standard potential)
 */
public record ElectrodeAnalysis(Electrode electrode, Polarity side, Optional<ActiveComponent> active,
        Optional<Material> material, Optional<Mechanism> mechanism, List<String> carriers, boolean plating,
        boolean metalFoil, Optional<Figure> theoreticalCapacity, Optional<Figure> specificCapacity,
        Optional<Figure> activeLoading, Optional<Figure> activeFraction, Optional<Figure> coatingLoading,
        Optional<Figure> collectorLoading, Optional<Figure> arealCapacity, Optional<Figure> thickness,
        Optional<Figure> potential) {

    public String name() {
        return electrode.getName() == null ? side.word() : electrode.getName();
    }

    /** Areal mass of what the electrode is made of, without its current collector. */
    public Optional<Figure> electrodeLoading() {
        return coatingLoading.or(() -> activeLoading);
    }
}
