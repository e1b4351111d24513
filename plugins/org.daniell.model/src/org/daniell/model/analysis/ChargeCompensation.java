package org.daniell.model.analysis;

import java.util.Optional;

/**
 * How the two electrodes keep the electrolyte neutral on charge (seed-000 §3.2): the positive electrode takes up
 * anions for a share α of its charge and releases cations for 1 − α; the negative takes up cations for β and
 * releases anions for 1 − β. Per electron the salt changes by 1 − α − β equivalents.
 *
 * @param kind   the case of the seed-000 §3.2 table ("rocking chair", "dual-ion", "reverse dual-ion",
 *               "anion rocking chair", "Daniell-type dual cation"), empty when α or β is unknown
 * @param saltPerElectron Δ salt in equivalents per electron of charge, 1 − α − β
 */
public record ChargeCompensation(Optional<Figure> alpha, Optional<Figure> beta, String kind,
        Optional<Figure> saltPerElectron) {

    public static final ChargeCompensation UNKNOWN = new ChargeCompensation(Optional.empty(), Optional.empty(), "",
            Optional.empty());

    /** −1: salt consumed on charge (dual-ion, accordion); +1: released (reverse dual-ion); 0: neither. */
    public int saltDirection() {
        return saltPerElectron.map(f -> (int) Math.signum(Math.round(f.value()))).orElse(0);
    }
}
