package org.daniell.chem.neutrality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.daniell.chem.element.Element;

/**
 * Oxidation states for every term that make the formula's charge come out right.
 *
 * @param strategy how the assignment was found (see {@link NeutralityCheck})
 * @param states   one state per term, in written order
 */
public record ValenceAssignment(String strategy, List<AssignedState> states) {

    public ValenceAssignment {
        states = List.copyOf(states);
    }

    /** @return total charge per formula unit under this assignment */
    public double totalCharge() {
        return states.stream().mapToDouble(AssignedState::contribution).sum();
    }

    /** @return the amount-weighted mean oxidation state of the element over all its occurrences, if present */
    public OptionalDouble meanState(Element element) {
        double amount = 0;
        double charge = 0;
        for (AssignedState s : states) {
            if (s.term().element() == element) {
                amount += s.term().amount();
                charge += s.contribution();
            }
        }
        return amount == 0 ? OptionalDouble.empty() : OptionalDouble.of(charge / amount);
    }

    /** @return mean state per element, in written order */
    public Map<Element, Double> meanStates() {
        Map<Element, Double> means = new LinkedHashMap<>();
        for (AssignedState s : states) {
            if (s.term().element() != null) {
                means.putIfAbsent(s.term().element(), meanState(s.term().element()).orElseThrow());
            }
        }
        return means;
    }

    /** @return e.g. "Ni+2.74 Mn+4 O-2" */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (AssignedState s : states) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            double rounded = Math.round(s.state() * 1000) / 1000.0;
            text.append(s.term().label()).append(rounded >= 0 ? "+" : "")
                    .append(rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded));
        }
        return text.toString();
    }
}
