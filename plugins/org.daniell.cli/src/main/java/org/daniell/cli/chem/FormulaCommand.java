package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.PeriodicTable;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.formula.ParseResult;
import org.daniell.cli.DaniellCli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code daniell chem formula}: molar mass, composition, mixing sites with their occupancy and configurational
 * entropy, the charge-neutrality verdict with balancing valences, and the theoretical capacity of one formula.
 */
@Command(name = "formula",
        mixinStandardHelpOptions = true,
        description = { "Molar mass, composition, mixing sites and configurational entropy, charge neutrality and "
                + "theoretical capacity of a formula.",
            "Write formulas as chemists do: (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O, (CrMnFeCoNi)3O4, LiNi0.8Mn0.1Co0.1O2, "
                + "CuSO4·5H2O, Zn[2+].",
            "Capacity: Q = nF/(3.6 M) mAh/g for n electrons per formula unit, given with --electrons or inferred "
                + "with --mechanism." },
        footer = { "", "Examples:",
            "  daniell chem formula \"(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O\"",
            "  daniell chem formula MnO2 --carrier Zn2+ --electrons 2",
            "  daniell chem formula LiFePO4 --carrier Li+ --mechanism intercalation",
            "  daniell chem formula Si --carrier Li+ --mechanism alloying",
            "  daniell chem formula \"(MgCoNiCuZn)O\" --mechanism conversion --inactive Mg",
            "  daniell chem formula Sb2Te3 --carrier K+ --mechanism conversion-alloying",
            "  daniell chem formula Zn --carrier Zn2+ --mechanism plating --json" },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:the formula was read (and can be charge-neutral)",
            "1:the formula cannot be charge-neutral",
            "2:usage error, or the formula cannot be read" })
final class FormulaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORMULA", description = "The formula; quote it if it has brackets.")
    String formula;

    @Option(names = "--carrier", paramLabel = "ION",
            description = "The ion taken up or released, e.g. Li+, Na+, K+, Zn2+, Mg2+, Al3+.")
    String carrier;

    @Option(names = "--electrons", paramLabel = "N",
            description = "Electrons per formula unit for the theoretical capacity.")
    Double electrons;

    @Option(names = "--mechanism", paramLabel = "M", converter = Mechanism.Converter.class,
            completionCandidates = Mechanism.Candidates.class,
            description = "Infer the electrons from the storage mechanism: ${COMPLETION-CANDIDATES}.")
    Mechanism mechanism;

    @Option(names = "--inactive", paramLabel = "ELEMENT", split = ",",
            description = "Elements that do not convert (stabilisers such as Mg), for conversion mechanisms.")
    List<String> inactive = List.of();

    @Option(names = "--capacitance", paramLabel = "F_PER_G",
            description = "Specific capacitance in F/g, for --mechanism capacitive.")
    Double capacitance;

    @Option(names = "--window", paramLabel = "V", description = "Voltage window in V, for --mechanism capacitive.")
    Double window;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        ParseResult<ChemicalFormula> parsed = ChemicalFormula.parse(formula);
        if (!parsed.isSuccess()) {
            CaretPrinter.errors(err, formula, "the formula", parsed.errors());
            err.flush();
            return DaniellCli.EXIT_USAGE_OR_IO;
        }
        ChemicalFormula read = parsed.optionalValue().orElseThrow();
        if (read.isElectron()) {
            throw new ChemInputException("e- is the electron, not a compound; give a formula such as MnO2");
        }
        FormulaFacts facts = FormulaFacts.of(formula, read, parsed.warnings(), capacityRequest(read));
        if (json) {
            out.println(Json.print(FormulaJson.of(facts)));
        } else {
            CaretPrinter.warnings(out, formula, facts.warnings());
            if (!facts.warnings().isEmpty()) {
                out.println();
            }
            FormulaText.of(facts).printTo(out);
        }
        out.flush();
        return NeutralityVerdict.isNegative(facts.neutrality()) ? ChemCommand.EXIT_NO : 0;
    }

    private void checkOptions() {
        if (electrons != null && mechanism != null) {
            throw new ChemInputException("give either --electrons or --mechanism, not both");
        }
        if (electrons != null && !(electrons > 0 && Double.isFinite(electrons))) {
            throw new ChemInputException("--electrons must be a positive number of electrons per formula unit");
        }
        if ((capacitance != null || window != null) && mechanism != Mechanism.CAPACITIVE) {
            throw new ChemInputException("--capacitance and --window go with --mechanism capacitive");
        }
        if (capacitance != null && !(capacitance > 0 && Double.isFinite(capacitance))) {
            throw new ChemInputException("--capacitance must be a positive capacitance in F/g");
        }
        if (window != null && !(window > 0 && Double.isFinite(window))) {
            throw new ChemInputException("--window must be a positive voltage window in V");
        }
        if (!inactive.isEmpty() && mechanism != Mechanism.CONVERSION && mechanism != Mechanism.CONVERSION_ALLOYING) {
            throw new ChemInputException("--inactive goes with --mechanism conversion or conversion-alloying");
        }
    }

    private CapacityRequest capacityRequest(ChemicalFormula read) {
        Set<Element> inactiveElements = new LinkedHashSet<>();
        for (String symbol : inactive) {
            Element element = PeriodicTable.bySymbol(symbol.strip()).orElseThrow(
                    () -> new ChemInputException("--inactive " + symbol + ": no such element"));
            if (read.amountOf(element) == 0) {
                throw new ChemInputException("--inactive " + symbol + ": " + read + " has no " + element.symbol());
            }
            inactiveElements.add(element);
        }
        return new CapacityRequest(electrons == null ? OptionalDouble.empty() : OptionalDouble.of(electrons),
                Optional.ofNullable(carrier).map(CarrierIons::parse), Optional.ofNullable(mechanism),
                inactiveElements,
                capacitance == null ? OptionalDouble.empty() : OptionalDouble.of(capacitance),
                window == null ? OptionalDouble.empty() : OptionalDouble.of(window));
    }
}
