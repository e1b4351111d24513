package org.daniell.model.analysis;

import java.util.Optional;

import org.daniell.chem.ion.Ion;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Electrode;

/**
 * H⁺ or OH⁻ consumed by an electrode's half-reaction in its compartment, per electron of discharge (seed-000 §3.8:
 * 2 OH⁻ for Zn → Zn(OH)4²⁻, 1 H⁺ for the acidic ORR), and the acid or base it takes per Ah.
 *
 * @param perElectron        ν, ions consumed per electron (negative when the reaction produces them)
 * @param molesPerAh         ν/26.80 mol per Ah
 * @param supplier           the compartment's acid or base that gives the ion
 * @param gramsPerAh         g of that acid or base per Ah
 * @param inventoryCapacity  Q_max = 26.80 · n(ion) / ν, for a stated concentration and volume
 */
public record AcidBaseUse(CompartmentAnalysis compartment, Electrode electrode, Ion ion, double perElectron,
        Figure molesPerAh, Optional<Constituent> supplier, Optional<Figure> gramsPerAh,
        Optional<Figure> inventoryCapacity) {
}
