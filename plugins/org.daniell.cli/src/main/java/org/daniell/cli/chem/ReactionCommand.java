package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ParseResult;
import org.daniell.chem.reaction.BalanceReport;
import org.daniell.chem.reaction.Reaction;
import org.daniell.chem.reaction.ReactionSpecies;
import org.daniell.cli.DaniellCli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daniell chem reaction}: whether a (half-)reaction balances in mass and charge, and its electrons. */
@Command(name = "reaction",
        mixinStandardHelpOptions = true,
        description = { "Check that a reaction or half-reaction balances in mass and charge, and count the electrons "
                + "it transfers.",
            "Separate species with ' + ' (spaces around the plus), put coefficients first (2 e-, 0.5 Zn[2+], 1/2 O2), "
                + "and use ->, =, <=> or ⇌ as the arrow." },
        footer = { "", "Examples:",
            "  daniell chem reaction \"Zn -> Zn[2+] + 2 e-\"",
            "  daniell chem reaction \"MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2\"",
            "  daniell chem reaction \"O2 + 4 H+ + 4 e- -> 2 H2O\" --json" },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:the reaction balances in mass and charge",
            "1:the reaction does not balance",
            "2:usage error, or the reaction cannot be read" })
final class ReactionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REACTION", description = "The reaction, quoted: \"LHS -> RHS\".")
    String reaction;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ParseResult<Reaction> parsed = Reaction.parse(reaction);
        if (!parsed.isSuccess()) {
            PrintWriter err = spec.commandLine().getErr();
            CaretPrinter.errors(err, reaction, "the reaction", parsed.errors());
            err.flush();
            return DaniellCli.EXIT_USAGE_OR_IO;
        }
        Reaction read = parsed.optionalValue().orElseThrow();
        BalanceReport balance = read.balance();
        if (json) {
            JsonObject object = json(reaction, read, balance);
            object.add("warnings", FormulaJson.warnings(parsed.warnings()));
            out.println(Json.print(object));
        } else {
            CaretPrinter.warnings(out, reaction, parsed.warnings());
            if (!parsed.warnings().isEmpty()) {
                out.println();
            }
            text(read, balance).printTo(out);
        }
        out.flush();
        return balance.balanced() ? 0 : ChemCommand.EXIT_NO;
    }

    private TextReport text(Reaction read, BalanceReport balance) {
        TextReport report = new TextReport();
        report.row("Reaction", read.toString());
        report.blank();
        List<List<String>> rows = new ArrayList<>();
        read.reactants().forEach(s -> rows.add(speciesRow(s, "left")));
        read.products().forEach(s -> rows.add(speciesRow(s, "right")));
        report.table(List.of("Species", "side", "coefficient", "charge", "molar mass"), rows, "llrrr");
        report.blank();
        report.row("Mass balance", balance.massBalanced() ? "balanced" : "not balanced: " + residuals(balance));
        report.row("Charge balance", (balance.chargeBalanced() ? "balanced: " : "not balanced: ")
                + signedAmount(charge(read.reactants())) + " on the left, "
                + signedAmount(charge(read.products())) + " on the right");
        report.row("Electrons", electrons(read));
        report.row("Verdict", balance.balanced() ? "balanced" : "does not balance");
        return report;
    }

    private static List<String> speciesRow(ReactionSpecies species, String side) {
        boolean electron = species.formula().isElectron();
        return List.of(species.formula().toString(), side, Numbers.amount(species.coefficient()),
                signedAmount(species.formula().charge()),
                electron ? "-" : Numbers.fixed(species.formula().molarMass(), 2) + " g/mol");
    }

    private static String residuals(BalanceReport balance) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Element, Double> e : balance.elementResiduals().entrySet()) {
            parts.add(e.getKey().symbol() + " " + Numbers.amount(Math.abs(e.getValue())) + " more on the "
                    + (e.getValue() > 0 ? "right" : "left"));
        }
        parts.sort(null);
        return String.join(", ", parts);
    }

    private static String electrons(Reaction read) {
        double n = read.electronsTransferred();
        if (n == 0) {
            return "0 e- (no electrons written)";
        }
        return Numbers.amount(n) + " e- transferred (" + (read.isReduction()
                ? "reduction: electrons taken up on the left" : "oxidation: electrons released on the right") + ")";
    }

    private static double charge(List<ReactionSpecies> side) {
        return side.stream().mapToDouble(s -> s.coefficient() * s.formula().charge()).sum();
    }

    private static String signedAmount(double value) {
        String text = Numbers.amount(value);
        return value > 0 && !text.equals("0") ? "+" + text : text;
    }

    private static JsonObject json(String input, Reaction read, BalanceReport balance) {
        JsonObject json = new JsonObject();
        json.addProperty("input", input);
        json.addProperty("reaction", read.toString());
        json.addProperty("arrow", read.arrow().canonical());
        json.add("reactants", species(read.reactants()));
        json.add("products", species(read.products()));
        json.addProperty("massBalanced", balance.massBalanced());
        json.addProperty("chargeBalanced", balance.chargeBalanced());
        json.addProperty("balanced", balance.balanced());
        JsonObject residuals = new JsonObject();
        balance.elementResiduals().forEach((element, value) -> residuals.add(element.symbol(), Json.number(value)));
        json.add("elementResiduals_productsMinusReactants", residuals);
        json.add("chargeReactants", Json.number(charge(read.reactants())));
        json.add("chargeProducts", Json.number(charge(read.products())));
        json.add("chargeResidual_productsMinusReactants", Json.number(balance.chargeResidual()));
        json.add("electronsTransferred", Json.number(read.electronsTransferred()));
        json.addProperty("direction", read.isReduction() ? "reduction" : read.isOxidation() ? "oxidation" : "none");
        return json;
    }

    private static JsonArray species(List<ReactionSpecies> side) {
        JsonArray array = new JsonArray();
        for (ReactionSpecies s : side) {
            JsonObject item = new JsonObject();
            item.add("coefficient", Json.number(s.coefficient()));
            item.addProperty("species", s.formula().toString());
            item.addProperty("charge", s.formula().charge());
            item.add("molarMass_g_per_mol", Json.number(s.formula().molarMass()));
            array.add(item);
        }
        return array;
    }
}
