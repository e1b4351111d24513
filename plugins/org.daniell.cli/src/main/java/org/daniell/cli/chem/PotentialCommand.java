package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.daniell.chem.PhysicalConstants;
import org.daniell.chem.electrochem.ElectrodePotential;
import org.daniell.chem.electrochem.Nernst;
import org.daniell.chem.electrochem.PotentialScale;
import org.daniell.chem.electrochem.ReferenceElectrode;
import org.daniell.chem.electrochem.SolutionConditions;
import org.daniell.chem.electrochem.StandardPotential;
import org.daniell.chem.electrochem.StandardPotentials;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code daniell chem potential}: the standard potential of a couple vs SHE and on another reference scale, with the
 * pH applied where the couple or the reference depends on it; or a measured potential converted between scales.
 */
@Command(name = "potential",
        mixinStandardHelpOptions = true,
        modelTransformer = PotentialCommand.NegativePotentials.class,
        description = { "Standard potential of a couple vs SHE, converted to another reference electrode, with the pH "
                + "applied to proton-coupled couples (O2/H2O, H+/H2, ...) and to the RHE.",
            "A potential with its reference, such as '0.35 V vs Ag/AgCl' or '-150 mV vs SCE', is converted the same "
                + "way.",
            "Values are at 25 °C; couples come from the CRC Handbook's electrochemical series (see --list)." },
        footer = { "", "Examples:",
            "  daniell chem potential Zn2+/Zn --vs Li+/Li",
            "  daniell chem potential O2/H2O --vs RHE --pH 7",
            "  daniell chem potential H+/H2 --pH 14",
            "  daniell chem potential \"0.35 V vs Ag/AgCl\" --vs RHE --pH 13",
            "  daniell chem potential --list" },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:the potential was converted", "2:usage error, or an unknown couple or reference" })
final class PotentialCommand implements Callable<Integer> {

    private static final double TEMPERATURE = PhysicalConstants.STANDARD_TEMPERATURE_KELVIN;

    /** Lets a potential such as {@code "-150 mV vs SCE"} be given as COUPLE although it starts with '-'. */
    static final class NegativePotentials implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true);
            return spec;
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "COUPLE",
            description = "A couple such as Zn2+/Zn, Li+/Li, O2/H2O, or a potential such as '0.35 V vs Ag/AgCl'.")
    String couple;

    @Option(names = "--vs", paramLabel = "REF", description = "Reference electrode to convert to (default SHE): "
            + "SHE, RHE, Li+/Li, Na+/Na, K+/K, Mg2+/Mg, Ca2+/Ca, Zn2+/Zn, Al3+/Al, Ag/AgCl, SCE, Hg/HgO.")
    String vs;

    @Option(names = { "--pH", "--ph" }, paramLabel = "X",
            description = "pH of the solution; needed for the RHE and applied to proton-coupled couples.")
    Double pH;

    @Option(names = "--list", description = "List the couples of the table with their E° vs SHE.")
    boolean list;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            if (couple != null) {
                throw new ChemInputException("give a COUPLE or --list, not both");
            }
            print(out, listJson(), listText());
            return 0;
        }
        if (couple == null) {
            throw new ChemInputException("give a couple such as Zn2+/Zn, a potential such as '0.2 V vs Ag/AgCl', "
                    + "or --list");
        }
        if (pH != null && !(pH >= -2 && pH <= 16)) {
            throw new ChemInputException("--pH " + pH + " is outside -2 to 16");
        }
        ReferenceElectrode target = vs == null ? ReferenceElectrode.SHE : ReferenceNames.parse(vs);
        SolutionConditions conditions = pH == null ? SolutionConditions.standard() : SolutionConditions.atPh(pH);
        Optional<ElectrodePotential> measured = MeasuredPotential.parse(couple);
        if (measured.isPresent()) {
            requirePh(measured.get().reference());
            requirePh(target);
            ElectrodePotential given = measured.get();
            ElectrodePotential vsShe = PotentialScale.toShe(given, conditions);
            ElectrodePotential converted = PotentialScale.convert(given, target, conditions);
            print(out, measuredJson(given, vsShe, converted), measuredText(given, vsShe, converted));
            return 0;
        }
        requirePh(target);
        StandardPotential row = CoupleLookup.find(couple).orElseThrow(this::unknownCouple);
        ElectrodePotential atPh = pH != null && dependsOnPh(row) ? row.atPh(pH) : row.standardPotential();
        ElectrodePotential converted = PotentialScale.convert(atPh, target, conditions);
        print(out, coupleJson(row, atPh, converted), coupleText(row, atPh, converted));
        return 0;
    }

    private void print(PrintWriter out, JsonObject asJson, TextReport asText) {
        if (json) {
            out.println(Json.print(asJson));
        } else {
            asText.printTo(out);
        }
        out.flush();
    }

    private void requirePh(ReferenceElectrode reference) {
        if (reference.dependsOnPh() && pH == null) {
            throw new ChemInputException("the " + reference.label() + " scale needs the pH of the solution: add --pH X");
        }
    }

    private ChemInputException unknownCouple() {
        List<StandardPotential> close = CoupleLookup.closeMatches(couple, 5);
        String suggestions = close.isEmpty() ? "" : "; close matches: "
                + close.stream().map(CoupleLookup::label).collect(Collectors.joining(", "));
        return new ChemInputException("no standard potential for '" + couple + "'" + suggestions
                + " (daniell chem potential --list shows them all)");
    }

    private static boolean dependsOnPh(StandardPotential row) {
        return row.protons() != 0 && row.standardPh().isPresent();
    }

    private TextReport coupleText(StandardPotential row, ElectrodePotential atPh, ElectrodePotential converted) {
        TextReport report = new TextReport();
        report.row("Couple", CoupleLookup.label(row));
        report.row("Half-reaction", row.halfReaction());
        String standard = volts(row.volts(), ReferenceElectrode.SHE);
        report.row("E°", dependsOnPh(row)
                ? standard + " (pH " + Numbers.amount(row.standardPh().getAsDouble()) + ", 25 °C)"
                : standard + " (25 °C)");
        if (dependsOnPh(row)) {
            String ion = row.standardPh().getAsDouble() > 7 ? "OH-" : "H+";
            report.row("pH dependence", Numbers.fixed(slope(row), 4) + " V per pH unit (" + row.protons() + " " + ion
                    + " per " + row.electrons() + " e-)" + (pH == null ? "; add --pH X for another pH" : ""));
        }
        boolean applied = pH != null && dependsOnPh(row);
        String label = applied ? "E at pH " + Numbers.amount(pH) : "E°";
        if (applied) {
            report.row(label, volts(atPh.volts(), ReferenceElectrode.SHE));
        }
        if (converted.reference() != ReferenceElectrode.SHE) {
            String value = volts(converted.volts(), converted.reference());
            report.row(label, applied ? value.replace(" (pH " + Numbers.amount(pH) + ")", "") : value);
        }
        if (pH != null && !dependsOnPh(row) && !converted.reference().dependsOnPh()) {
            report.row("Note", "the pH does not change this couple (no H+ or OH- in it)");
        }
        report.row("Source", row.source());
        return report;
    }

    private TextReport measuredText(ElectrodePotential given, ElectrodePotential vsShe, ElectrodePotential converted) {
        TextReport report = new TextReport();
        report.row("Potential", volts(given.volts(), given.reference()));
        if (given.reference() != ReferenceElectrode.SHE) {
            report.row("E", volts(vsShe.volts(), ReferenceElectrode.SHE));
        }
        if (converted.reference() != ReferenceElectrode.SHE && converted.reference() != given.reference()) {
            report.row("E", volts(converted.volts(), converted.reference()));
        }
        return report;
    }

    private TextReport listText() {
        List<List<String>> rows = new ArrayList<>();
        for (StandardPotential p : StandardPotentials.all()) {
            rows.add(List.of(CoupleLookup.label(p), Numbers.signed(p.volts(), 4) + " V",
                    p.standardPh().isPresent() ? "pH " + Numbers.amount(p.standardPh().getAsDouble()) : "",
                    p.halfReaction()));
        }
        return new TextReport().table(List.of("Couple", "E° vs SHE", "at", "half-reaction"), rows, "lrll");
    }

    /** @return "+2.278 V vs Li+/Li", with the pH for the RHE */
    private String volts(double value, ReferenceElectrode reference) {
        String text = Numbers.signed(value, 3) + " V vs " + reference.label();
        return reference.dependsOnPh() ? text + " (pH " + Numbers.amount(pH) + ")" : text;
    }

    private static double slope(StandardPotential row) {
        return Nernst.phShift(row.protons(), row.electrons(), 1, TEMPERATURE);
    }

    private JsonObject coupleJson(StandardPotential row, ElectrodePotential atPh, ElectrodePotential converted) {
        JsonObject json = new JsonObject();
        json.addProperty("input", couple);
        json.addProperty("couple", CoupleLookup.label(row));
        json.addProperty("id", row.id());
        json.addProperty("halfReaction", row.halfReaction());
        json.addProperty("electrons", row.electrons());
        json.addProperty("protons", row.protons());
        json.addProperty("pHDependent", dependsOnPh(row));
        json.add("standardPH", row.standardPh().isPresent() ? Json.number(row.standardPh().getAsDouble())
                : JsonNull.INSTANCE);
        json.add("slope_V_per_pH", dependsOnPh(row) ? Json.number(slope(row)) : Json.number(0));
        json.add("E0_V_vs_SHE", Json.number(row.volts()));
        conditions(json);
        json.add("E_V_vs_SHE", Json.number(atPh.volts()));
        json.addProperty("vs", converted.reference().label());
        json.add("E_V", Json.number(converted.volts()));
        json.addProperty("source", row.source());
        return json;
    }

    private JsonObject measuredJson(ElectrodePotential given, ElectrodePotential vsShe, ElectrodePotential converted) {
        JsonObject json = new JsonObject();
        json.addProperty("input", couple);
        json.add("given_V", Json.number(given.volts()));
        json.addProperty("givenVs", given.reference().label());
        conditions(json);
        json.add("E_V_vs_SHE", Json.number(vsShe.volts()));
        json.addProperty("vs", converted.reference().label());
        json.add("E_V", Json.number(converted.volts()));
        return json;
    }

    private void conditions(JsonObject json) {
        json.add("pH", pH == null ? JsonNull.INSTANCE : Json.number(pH));
        json.add("temperature_K", Json.number(TEMPERATURE));
    }

    private static JsonObject listJson() {
        JsonArray couples = new JsonArray();
        for (StandardPotential p : StandardPotentials.all()) {
            JsonObject item = new JsonObject();
            item.addProperty("couple", CoupleLookup.label(p));
            item.addProperty("id", p.id());
            item.addProperty("halfReaction", p.halfReaction());
            item.add("E0_V_vs_SHE", Json.number(p.volts()));
            item.add("standardPH", p.standardPh().isPresent() ? Json.number(p.standardPh().getAsDouble())
                    : (JsonElement) JsonNull.INSTANCE);
            item.addProperty("electrons", p.electrons());
            item.addProperty("protons", p.protons());
            couples.add(item);
        }
        JsonObject json = new JsonObject();
        json.add("couples", couples);
        return json;
    }
}
