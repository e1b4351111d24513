package org.daniell.model.analysis;

import java.util.Optional;

import org.daniell.model.design.Constituent;

/**
 * Salt consumed (dual-ion, accordion) or released (reverse dual-ion) per Ah of charge (seed-000 §3.3):
 * n = Q/(26.80·n_e), m = Q·M/(26.80·n_e), V = Q/(26.80·n_e·c₀).
 *
 * @param direction          −1 consumed, +1 released on charge
 * @param electrons          n_e = ν₊z₊ per formula unit
 * @param molesPerAh         salt per Ah (mol, for 1 Ah)
 * @param gramsPerAh         g of salt per Ah
 * @param volumePerAh        electrolyte volume per Ah that holds that salt at the stated concentration (full
 *                           depletion), µL/mAh = mL/Ah
 * @param volumeToMinimumPerAh the same down to c_min, V = Q/(26.80·n_e·(c₀ − c_min))
 * @param concentrationAtFullCharge c₀ ∓ n/V at the stated E/C (volume)
 * @param inventoryCapacity  the charge the salt supports down to c_min, for a stated electrolyte volume
 */
public record SaltUse(Constituent constituent, int direction, double electrons, Figure molesPerAh,
        Figure gramsPerAh, Optional<Figure> concentration, Optional<Figure> volumePerAh,
        Optional<Figure> volumeToMinimumPerAh, Optional<Figure> concentrationAtFullCharge,
        Optional<Figure> inventoryCapacity) {
}
