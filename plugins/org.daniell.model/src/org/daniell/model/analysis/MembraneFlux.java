package org.daniell.model.analysis;

import java.util.List;

import org.daniell.chem.ion.Ion;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Membrane;

/**
 * What must cross a membrane to keep both sides neutral (seed-000 §3.8, R-E8). On discharge the compartment of the
 * negative electrode gains one positive charge per electron and that of the positive loses one, so one equivalent per
 * electron crosses every membrane between them: cations from the negative side, or anions from the positive side.
 *
 * @param negativeSide the compartment towards the negative electrode
 * @param positiveSide the compartment towards the positive electrode
 * @param carrier      "cation", "anion", "water dissociation" (bipolar) or "" when the membrane kind does not say
 * @param candidates   the ions of that sign on the upstream side that can carry the current on discharge
 */
public record MembraneFlux(Membrane membrane, Compartment negativeSide, Compartment positiveSide, String carrier,
        List<Ion> candidates) {

    public MembraneFlux {
        candidates = List.copyOf(candidates);
    }

    /** The direction on discharge, in words. */
    public String discharge() {
        return switch (carrier) {
        case "cation" -> names() + " from " + negativeSide.getName() + " to " + positiveSide.getName();
        case "anion" -> names() + " from " + positiveSide.getName() + " to " + negativeSide.getName();
        case "water dissociation" -> "H2O splits in the junction: OH[-] into " + negativeSide.getName()
                + " and H[+] into " + positiveSide.getName();
        default -> "";
        };
    }

    /** The direction on charge: the reverse of discharge. */
    public String charge() {
        return switch (carrier) {
        case "cation" -> "cations from " + positiveSide.getName() + " to " + negativeSide.getName();
        case "anion" -> "anions from " + negativeSide.getName() + " to " + positiveSide.getName();
        case "water dissociation" -> "H[+] and OH[-] recombine in the junction";
        default -> "";
        };
    }

    private String names() {
        return candidates.isEmpty() ? carrier + "s"
                : String.join(" or ", candidates.stream().map(Ion::symbol).toList());
    }
}
