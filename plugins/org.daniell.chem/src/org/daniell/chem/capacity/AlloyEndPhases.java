package org.daniell.chem.capacity;

import java.util.List;
import java.util.Optional;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Alloy end phases named in shared/domain/seed-003-004-high-entropy.md §2.4. Phases observed in the seeds: K3Sb, K3Bi,
 * KSn ([S3] ref 44), Na9Sn4, Na3Sb, Na3Bi ([S3] ref 49), Li4.4Si ([S3] §3.1). The other Li phases are the standard
 * literature end phases (external to the seeds, as the notes mark them). The first phase listed for a host and
 * carrier is the default.
 */
public final class AlloyEndPhases {

    private static final List<AlloyEndPhase> KNOWN = List.of(
            phase("Li22Si5", "Li"), phase("Li15Si4", "Li"),
            phase("Li22Ge5", "Li"), phase("Li15Ge4", "Li"),
            phase("Li22Sn5", "Li"), phase("Li3Sb", "Li"), phase("Li3Bi", "Li"),
            phase("LiZn", "Li"), phase("LiIn", "Li"), phase("Li13In3", "Li"), phase("Li3P", "Li"),
            phase("Na9Sn4", "Na"), phase("Na15Sn4", "Na"), phase("NaSn", "Na"), phase("Na3Sb", "Na"),
            phase("Na3Bi", "Na"), phase("Na3P", "Na"),
            phase("KSn", "K"), phase("K3Sb", "K"), phase("K3Bi", "K"), phase("K3P", "K"));

    private AlloyEndPhases() {
    }

    private static AlloyEndPhase phase(String formula, String carrier) {
        ChemicalFormula parsed = ChemicalFormula.of(formula);
        Element carrierElement = org.daniell.chem.element.PeriodicTable.element(carrier);
        return AlloyEndPhase.of(parsed, carrierElement, 1).orElseThrow();
    }

    /** @return every tabulated end phase */
    public static List<AlloyEndPhase> all() {
        return KNOWN;
    }

    /** @return the default end phase of the host with the carrier, if tabulated */
    public static Optional<AlloyEndPhase> defaultFor(Element host, Element carrier) {
        return KNOWN.stream().filter(p -> p.host() == host && p.carrier() == carrier).findFirst();
    }
}
