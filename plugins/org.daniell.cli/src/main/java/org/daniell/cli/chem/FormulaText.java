package org.daniell.cli.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.daniell.chem.capacity.CapacityContribution;
import org.daniell.chem.composition.EntropyClass;
import org.daniell.chem.composition.EntropyReport;
import org.daniell.chem.composition.PrincipalElementReport;
import org.daniell.chem.composition.SizeMismatch;
import org.daniell.chem.composition.Sublattice;
import org.daniell.chem.element.Element;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.chem.neutrality.OxygenVacancy;
import org.daniell.chem.neutrality.PrussianBlueReport;
import org.daniell.chem.neutrality.ValenceAssignment;

/** Prints {@link FormulaFacts} as an aligned report with a unit on every number. */
final class FormulaText {

    private FormulaText() {
    }

    /** @return the report for {@code facts} */
    static TextReport of(FormulaFacts facts) {
        TextReport report = new TextReport();
        report.row("Formula", facts.formula().toString());
        if (facts.formula().charge() != 0) {
            report.row("Charge", Numbers.charge(facts.formula().charge()));
        }
        report.row("Molar mass", Numbers.fixed(facts.composition().molarMass(), 2) + " g/mol");
        report.blank();
        composition(report, facts);
        report.blank();
        sites(report, facts);
        report.blank();
        neutrality(report, facts);
        report.blank();
        capacity(report, facts);
        return report;
    }

    private static void composition(TextReport report, FormulaFacts facts) {
        List<List<String>> rows = new ArrayList<>();
        Map<Element, Double> atoms = facts.composition().atomFractions();
        Map<Element, Double> masses = facts.composition().massFractions();
        facts.formula().elementAmounts().forEach((element, amount) -> rows.add(List.of(element.symbol(),
                Numbers.amount(amount), Numbers.fixed(100 * atoms.get(element), 2),
                Numbers.fixed(100 * masses.get(element), 2))));
        report.table(List.of("Composition", "amount", "atom %", "mass %"), rows, "lrrr");
    }

    private static void sites(TextReport report, FormulaFacts facts) {
        List<Sublattice> sites = facts.composition().sites();
        EntropyReport entropy = facts.composition().entropy();
        if (sites.isEmpty()) {
            report.row("Mixing sites", "none written (a shared site is written as a group, e.g. (MgCoNiCuZn)O)");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < sites.size(); i++) {
                Sublattice site = sites.get(i);
                SizeMismatch.Report mismatch = facts.composition().sizeMismatch().get(i);
                rows.add(List.of(site.label(), occupancy(site),
                        Numbers.fixed(entropy.sites().get(i).inUnitsOfR(), 3) + " R",
                        principal(facts.composition().principalElements().get(i)),
                        mismatch.withoutRadius().size() == site.occupants().size() ? "-"
                                : Numbers.fixed(mismatch.percent(), 2) + " %"));
            }
            report.table(List.of("Mixing sites", "occupancy", "S_config", "5-35 at% rule", "size mismatch"),
                    rows, "lllll");
        }
        String total = Numbers.fixed(entropy.inUnitsOfR(), 3) + " R = "
                + Numbers.fixed(entropy.joulesPerMoleKelvin(), 2) + " J/(mol·K)";
        if (sites.size() > 1) {
            total += ", summed over " + sites.size() + " sites";
        }
        report.row("Entropy S_config", total + ": " + describe(entropy.entropyClass()));
    }

    private static String occupancy(Sublattice site) {
        String text = Numbers.amount(site.occupancy()) + " of " + Numbers.amount(site.multiplicity());
        if (site.isOverfilled()) {
            return text + ", over-full";
        }
        return site.vacancies() > Sublattice.OCCUPANCY_TOLERANCE
                ? text + ", " + Numbers.amount(site.vacancies()) + " vacant" : text;
    }

    private static String principal(PrincipalElementReport principal) {
        if (principal.satisfied()) {
            return principal.minor().isEmpty() ? "met (" + principal.principal().size() + " elements)"
                    : "met, minor " + symbols(principal.minor());
        }
        if (!principal.dominant().isEmpty()) {
            return "not met: " + symbols(principal.dominant()) + " above 35 %";
        }
        return "not met: " + principal.principal().size() + " of 5 elements";
    }

    /** @return the class with its bounds, e.g. "high (> 1.5 R)" */
    static String describe(EntropyClass entropyClass) {
        return switch (entropyClass) {
            case HIGH -> "high (> 1.5 R)";
            case MEDIUM -> "medium (1.0 to 1.5 R)";
            case LOW -> "low (< 1.0 R)";
        };
    }

    private static void neutrality(TextReport report, FormulaFacts facts) {
        NeutralityReport neutrality = facts.neutrality();
        report.row("Charge neutrality", facts.verdict().sentence());
        List<ValenceAssignment> assignments = neutrality.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            ValenceAssignment a = assignments.get(i);
            String text = assignments.size() == 1 ? a.describe() : a.describe() + " (" + a.strategy() + ")";
            if (i == 0) {
                report.detail(assignments.size() == 1 ? "Valences" : "Valences, either", text);
            } else {
                report.row("", text);
            }
        }
        boolean oxygenDeviationWritten = facts.formula().deviations().stream()
                .anyMatch(unit -> unit.element().symbol().equals("O"));
        if (neutrality.oxygenVacancy().isPresent() && (oxygenDeviationWritten || !neutrality.feasible())) {
            report.detail("Oxygen deficiency", oxygen(neutrality.oxygenVacancy().get()));
        }
        if (neutrality.formalChargesIndicative()) {
            report.detail("Note", "formal charges are only indicative for covalent anions (P, Si, C, Te, ...)");
        }
        facts.prussianBlue().ifPresent(pba -> report.detail("Prussian-blue rule", prussianBlue(pba)));
    }

    private static String oxygen(OxygenVacancy vacancy) {
        String atDefaults = "δ = " + Numbers.amount(vacancy.deltaAtDefaultValences()) + " balances the default valences";
        if (!vacancy.feasible()) {
            return atDefaults + "; no δ balances within the allowed states";
        }
        String lowest = Numbers.amount(vacancy.minimumDelta());
        String highest = Numbers.amount(vacancy.maximumDelta());
        return atDefaults + (lowest.equals(highest) ? "; only δ = " + lowest + " balances"
                : "; δ from " + lowest + " to " + highest + " balances with some allowed states");
    }

    private static String prussianBlue(PrussianBlueReport pba) {
        List<String> balances = new ArrayList<>();
        if (pba.balancesWithDivalentMetal()) {
            balances.add("M2+ (q = " + Numbers.fixed(pba.qIfMetalDivalent(), 2) + ")");
        }
        if (pba.balancesWithTrivalentMetal()) {
            balances.add("M3+ (q = " + Numbers.fixed(pba.qIfMetalTrivalent(), 2) + ")");
        }
        String text = "x = " + Numbers.amount(pba.alkali()) + ", m = " + Numbers.amount(pba.metal()) + ", y = "
                + Numbers.amount(pba.complex()) + ": "
                + (balances.isEmpty() ? "balances with neither M2+ (q = " + Numbers.fixed(pba.qIfMetalDivalent(), 2)
                        + ") nor M3+ (q = " + Numbers.fixed(pba.qIfMetalTrivalent(), 2) + "), q must be 3 to 4"
                        : "balances with " + String.join(" and ", balances))
                + "; mean M state " + Numbers.signed(pba.minimumMetalState(), 2) + " to "
                + Numbers.signed(pba.maximumMetalState(), 2);
        return pba.complexWithinSites() ? text : text + "; y > 1: more [M'(CN)6] than M sites";
    }

    private static void capacity(TextReport report, FormulaFacts facts) {
        if (facts.capacity().isEmpty()) {
            report.row("Capacity", "not asked for: add --electrons N, or --mechanism M with --carrier ION");
            return;
        }
        CapacityEstimate capacity = facts.capacity().get();
        if (!capacity.inferred()) {
            report.row("Capacity", "not inferred: " + capacity.notInferred().orElseThrow());
            report.detail("Mechanism", capacity.basis());
            capacity.carrier().ifPresent(ion -> report.detail("Carrier", CarrierIons.display(ion)));
            return;
        }
        String value = Numbers.fixed(capacity.mAhPerGram().getAsDouble(), 1) + " mAh/g";
        if (capacity.mAhPerCubicCentimetre().isPresent()) {
            value += ", " + Numbers.fixed(capacity.mAhPerCubicCentimetre().getAsDouble(), 0) + " mAh/cm³";
        }
        report.row("Capacity", value + " (theoretical)");
        report.detail("Mechanism", capacity.basis().equals("given") ? "electrons given" : capacity.basis());
        List<CapacityContribution> contributions = capacity.contributions();
        if (!contributions.isEmpty()) {
            report.detail("Electrons", Numbers.amount(capacity.electrons()) + " e- per formula unit");
            if (contributions.size() > 1) {
                for (CapacityContribution c : contributions) {
                    report.row("", Numbers.amount(c.electrons()) + " e- " + c.mechanism());
                }
            }
        }
        capacity.carrier().ifPresent(ion -> report.detail("Carrier", CarrierIons.display(ion)
                + capacity.carriersPerFormulaUnit().stream()
                        .mapToObj(n -> ", " + Numbers.amount(n) + " per formula unit").collect(Collectors.joining())));
        for (int i = 0; i < capacity.notes().size(); i++) {
            if (i == 0) {
                report.detail("Notes", capacity.notes().get(i));
            } else {
                report.row("", capacity.notes().get(i));
            }
        }
    }

    private static String symbols(List<Element> elements) {
        return elements.stream().map(Element::symbol).collect(Collectors.joining(", "));
    }
}
