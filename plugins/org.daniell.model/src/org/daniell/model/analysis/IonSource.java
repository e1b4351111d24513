package org.daniell.model.analysis;

import java.util.Optional;

import org.daniell.chem.ion.Ion;
import org.daniell.model.design.Constituent;

/**
 * The first-cycle ion source of a Daniell-type dual-cation cell (seed-000 §3.4): a cathode assembled ion-free takes
 * its ion M1 from the electrolyte on the first discharge; one assembled ion-loaded releases M1 while the anode plates
 * or inserts M2 from the electrolyte on the first charge. Either way n(ion) ≥ Q/(z·26.80).
 *
 * @param firstStep           "first discharge" or "first charge"
 * @param molesPerAh          ion needed per Ah (mol, for 1 Ah)
 * @param supplier            the salt in the electrolyte that gives the ion, if any
 * @param saltGramsPerAh      g of that salt per Ah
 * @param available           the ion's stated concentration
 * @param requiredConcentration the concentration that holds Q at the stated E/C (volume): need ÷ E/C
 */
public record IonSource(Ion ion, String firstStep, Figure molesPerAh, Optional<Constituent> supplier,
        Optional<Figure> saltGramsPerAh, Optional<Figure> available, Optional<Figure> requiredConcentration) {
}
