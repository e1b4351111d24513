package org.daniell.cli.chem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.daniell.chem.capacity.CapacityContribution;
import org.daniell.chem.composition.CompositionAnalysis;
import org.daniell.chem.composition.EntropyReport;
import org.daniell.chem.composition.PrincipalElementReport;
import org.daniell.chem.composition.SizeMismatch;
import org.daniell.chem.composition.Sublattice;
import org.daniell.chem.element.Element;
import org.daniell.chem.formula.FormulaWarning;
import org.daniell.chem.neutrality.AssignedState;
import org.daniell.chem.neutrality.NeutralityReport;
import org.daniell.chem.neutrality.OxygenVacancy;
import org.daniell.chem.neutrality.PrussianBlueReport;
import org.daniell.chem.neutrality.ValenceAssignment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Prints {@link FormulaFacts} as one JSON object: the same content as the text report, numbers as numbers, the unit
 * in the field name ({@code molarMass_g_per_mol}, {@code total_R}, {@code mAh_per_g}). Fractions are plain numbers
 * between 0 and 1.
 */
final class FormulaJson {

    private FormulaJson() {
    }

    /** @return the JSON object for {@code facts} */
    static JsonObject of(FormulaFacts facts) {
        JsonObject json = new JsonObject();
        json.addProperty("input", facts.input());
        json.addProperty("formula", facts.formula().toString());
        json.addProperty("charge", facts.formula().charge());
        json.add("molarMass_g_per_mol", Json.number(facts.composition().molarMass()));
        json.add("warnings", warnings(facts.warnings()));
        json.add("composition", composition(facts.composition()));
        json.add("sites", sites(facts.composition()));
        json.add("entropy", entropy(facts.composition().entropy()));
        json.add("neutrality", neutrality(facts));
        json.add("capacity", facts.capacity().<JsonElement>map(FormulaJson::capacity).orElse(JsonNull.INSTANCE));
        return json;
    }

    /** @return the warnings as objects with offset, length and message */
    static JsonArray warnings(List<FormulaWarning> warnings) {
        JsonArray array = new JsonArray();
        for (FormulaWarning w : warnings) {
            JsonObject item = new JsonObject();
            item.addProperty("offset", w.offset());
            item.addProperty("length", w.length());
            item.addProperty("message", w.message());
            array.add(item);
        }
        return array;
    }

    private static JsonArray composition(CompositionAnalysis analysis) {
        JsonArray array = new JsonArray();
        analysis.formula().elementAmounts().forEach((element, amount) -> {
            JsonObject item = new JsonObject();
            item.addProperty("element", element.symbol());
            item.add("amount", Json.number(amount));
            item.add("atomFraction", Json.number(analysis.atomFractions().get(element)));
            item.add("massFraction", Json.number(analysis.massFractions().get(element)));
            array.add(item);
        });
        return array;
    }

    private static JsonArray sites(CompositionAnalysis analysis) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < analysis.sites().size(); i++) {
            Sublattice site = analysis.sites().get(i);
            JsonObject item = new JsonObject();
            item.addProperty("label", site.label());
            item.add("multiplicity", Json.number(site.multiplicity()));
            item.add("occupancy", Json.number(site.occupancy()));
            item.add("vacancies", Json.number(site.vacancies()));
            item.add("excess", Json.number(site.excess()));
            item.addProperty("overfilled", site.isOverfilled());
            item.add("occupants", byElement(site.occupants()));
            item.add("siteFractions", byElement(site.siteFractions(false)));
            item.add("entropy_R", Json.number(analysis.entropy().sites().get(i).inUnitsOfR()));
            item.add("principalElements", principal(analysis.principalElements().get(i)));
            SizeMismatch.Report mismatch = analysis.sizeMismatch().get(i);
            JsonObject size = new JsonObject();
            size.add("delta_percent", mismatch.withoutRadius().size() == site.occupants().size()
                    ? JsonNull.INSTANCE : Json.number(mismatch.percent()));
            size.add("withoutRadius", symbols(mismatch.withoutRadius()));
            item.add("sizeMismatch", size);
            array.add(item);
        }
        return array;
    }

    private static JsonObject principal(PrincipalElementReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("satisfied", report.satisfied());
        json.addProperty("strictlySatisfied", report.strictlySatisfied());
        json.add("principal", symbols(report.principal()));
        json.add("minor", symbols(report.minor()));
        json.add("dominant", symbols(report.dominant()));
        return json;
    }

    private static JsonObject entropy(EntropyReport entropy) {
        JsonObject json = new JsonObject();
        json.add("total_R", Json.number(entropy.inUnitsOfR()));
        json.add("total_J_per_mol_K", Json.number(entropy.joulesPerMoleKelvin()));
        json.addProperty("class", entropy.entropyClass().name().toLowerCase(Locale.ROOT));
        return json;
    }

    private static JsonObject neutrality(FormulaFacts facts) {
        NeutralityReport report = facts.neutrality();
        JsonObject json = new JsonObject();
        json.addProperty("verdict", facts.verdict().kind().word());
        json.addProperty("sentence", facts.verdict().sentence());
        json.addProperty("targetCharge", report.targetCharge());
        json.addProperty("feasible", report.feasible());
        json.addProperty("feasibleWithUsualStates", report.feasibleWithUsualStates());
        json.addProperty("balancedWithDefaultValences", report.balancedWithDefaults());
        json.addProperty("metallic", report.metallic());
        json.addProperty("formalChargesIndicative", report.formalChargesIndicative());
        json.add("minimumCharge", Json.number(report.minimumCharge()));
        json.add("maximumCharge", Json.number(report.maximumCharge()));
        json.add("defaultCharge", Json.number(report.defaultCharge()));
        json.add("defaultResidual", Json.number(report.defaultResidual()));
        JsonArray assignments = new JsonArray();
        report.assignments().forEach(a -> assignments.add(assignment(a)));
        json.add("assignments", assignments);
        json.add("oxygenVacancy", report.oxygenVacancy().<JsonElement>map(FormulaJson::oxygen).orElse(JsonNull.INSTANCE));
        json.add("prussianBlue", facts.prussianBlue().<JsonElement>map(FormulaJson::prussianBlue)
                .orElse(JsonNull.INSTANCE));
        return json;
    }

    private static JsonObject assignment(ValenceAssignment assignment) {
        JsonObject json = new JsonObject();
        json.addProperty("strategy", assignment.strategy());
        json.addProperty("text", assignment.describe());
        JsonArray states = new JsonArray();
        for (AssignedState state : assignment.states()) {
            JsonObject item = new JsonObject();
            item.addProperty("term", state.term().label());
            item.add("element", Json.string(state.term().element() == null ? null : state.term().element().symbol()));
            item.add("amount", Json.number(state.term().amount()));
            item.addProperty("role", state.term().role().name().toLowerCase(Locale.ROOT));
            item.add("oxidationState", Json.number(state.state()));
            states.add(item);
        }
        json.add("states", states);
        json.add("meanStates", byElement(assignment.meanStates()));
        return json;
    }

    private static JsonObject oxygen(OxygenVacancy vacancy) {
        JsonObject json = new JsonObject();
        json.add("deltaAtDefaultValences", Json.number(vacancy.deltaAtDefaultValences()));
        json.add("minimumDelta", Json.number(vacancy.minimumDelta()));
        json.add("maximumDelta", Json.number(vacancy.maximumDelta()));
        json.addProperty("feasible", vacancy.feasible());
        return json;
    }

    private static JsonObject prussianBlue(PrussianBlueReport pba) {
        JsonObject json = new JsonObject();
        json.add("alkali", Json.number(pba.alkali()));
        json.add("metal", Json.number(pba.metal()));
        json.add("complex", Json.number(pba.complex()));
        json.add("qIfMetalDivalent", Json.number(pba.qIfMetalDivalent()));
        json.add("qIfMetalTrivalent", Json.number(pba.qIfMetalTrivalent()));
        json.addProperty("balancesWithDivalentMetal", pba.balancesWithDivalentMetal());
        json.addProperty("balancesWithTrivalentMetal", pba.balancesWithTrivalentMetal());
        json.add("minimumMetalState", Json.number(pba.minimumMetalState()));
        json.add("maximumMetalState", Json.number(pba.maximumMetalState()));
        json.addProperty("complexWithinSites", pba.complexWithinSites());
        return json;
    }

    private static JsonObject capacity(CapacityEstimate capacity) {
        JsonObject json = new JsonObject();
        json.addProperty("mechanism", capacity.basis());
        json.add("carrier", Json.string(capacity.carrier().map(CarrierIons::display).orElse(null)));
        json.add("carrierCharge", capacity.carrier().<JsonElement>map(ion -> new JsonPrimitive(ion.charge()))
                .orElse(JsonNull.INSTANCE));
        json.addProperty("inferred", capacity.inferred());
        json.add("reason", Json.string(capacity.notInferred().orElse(null)));
        json.add("electronsPerFormulaUnit", capacity.contributions().isEmpty() ? JsonNull.INSTANCE
                : Json.number(capacity.electrons()));
        json.add("carriersPerFormulaUnit", capacity.carriersPerFormulaUnit().isPresent()
                ? Json.number(capacity.carriersPerFormulaUnit().getAsDouble()) : JsonNull.INSTANCE);
        json.add("mAh_per_g", capacity.mAhPerGram().isPresent()
                ? Json.number(capacity.mAhPerGram().getAsDouble()) : JsonNull.INSTANCE);
        json.add("mAh_per_cm3", capacity.mAhPerCubicCentimetre().isPresent()
                ? Json.number(capacity.mAhPerCubicCentimetre().getAsDouble()) : JsonNull.INSTANCE);
        JsonArray contributions = new JsonArray();
        for (CapacityContribution c : capacity.contributions()) {
            JsonObject item = new JsonObject();
            item.addProperty("mechanism", c.mechanism());
            item.add("electrons", Json.number(c.electrons()));
            contributions.add(item);
        }
        json.add("contributions", contributions);
        json.add("notes", Json.strings(capacity.notes()));
        return json;
    }

    private static JsonObject byElement(Map<Element, Double> values) {
        JsonObject json = new JsonObject();
        values.forEach((element, value) -> json.add(element == null ? "vacancy" : element.symbol(),
                Json.number(value)));
        return json;
    }

    private static JsonArray symbols(List<Element> elements) {
        return Json.strings(elements.stream().map(Element::symbol).toList());
    }
}
