package org.daniell.cli.chem;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.ion.Ion;

/**
 * What {@code daniell chem formula} was asked about capacity, checked and read: the electrons given, or a mechanism
 * to infer them from, the carrier ion, the inactive stabilisers of a conversion, and the capacitance and window of a
 * capacitive electrode.
 */
record CapacityRequest(OptionalDouble electrons, Optional<Ion> carrier, Optional<Mechanism> mechanism,
                       Set<Element> inactive, OptionalDouble faradsPerGram, OptionalDouble voltageWindow) {

    CapacityRequest {
        inactive = Set.copyOf(inactive);
    }

    /** @return true if any capacity option was given */
    boolean requested() {
        return electrons.isPresent() || carrier.isPresent() || mechanism.isPresent();
    }
}
