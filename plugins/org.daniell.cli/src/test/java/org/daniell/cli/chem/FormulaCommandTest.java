package org.daniell.cli.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class FormulaCommandTest {

    @Test
    void manganeseDioxideWithTwoElectronsAsText() {
        ChemCli result = ChemCli.chem("formula", "MnO2", "--carrier", "Zn2+", "--electrons", "2");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Formula               MnO2", result.row("Formula"));
        assertEquals("Molar mass            86.94 g/mol", result.row("Molar mass"));
        assertEquals("Capacity              616.6 mAh/g (theoretical)", result.row("Capacity"));
        assertEquals("  Electrons           2 e- per formula unit", result.row("  Electrons"));
        assertEquals("  Carrier             Zn2+, 1 per formula unit", result.row("  Carrier"));
        assertEquals("  Valences            Mn+4 O-2", result.row("  Valences"));
        assertEquals("", result.err());
    }

    @Test
    void manganeseDioxideWithTwoElectronsAsJson() {
        ChemCli result = ChemCli.chem("formula", "MnO2", "--carrier", "Zn2+", "--electrons", "2", "--json");
        assertEquals(0, result.exitCode(), result.all());
        JsonObject json = result.json();
        assertEquals("MnO2", json.get("formula").getAsString());
        assertEquals(86.94, json.get("molarMass_g_per_mol").getAsDouble(), 0.005);
        JsonObject capacity = json.getAsJsonObject("capacity");
        assertEquals(616.6, capacity.get("mAh_per_g").getAsDouble(), 0.05);
        assertEquals(2, capacity.get("electronsPerFormulaUnit").getAsDouble(), 1e-12);
        assertEquals("Zn2+", capacity.get("carrier").getAsString());
        assertEquals(2, capacity.get("carrierCharge").getAsInt());
        assertEquals(1, capacity.get("carriersPerFormulaUnit").getAsDouble(), 1e-12);
        JsonObject neutrality = json.getAsJsonObject("neutrality");
        assertEquals("can-be-neutral", neutrality.get("verdict").getAsString());
        assertEquals(4, neutrality.getAsJsonArray("assignments").get(0).getAsJsonObject()
                .getAsJsonObject("meanStates").get("Mn").getAsDouble(), 1e-9);
    }

    @Test
    void rockSaltHighEntropyOxideAsText() {
        ChemCli result = ChemCli.chem("formula", "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Entropy S_config      1.609 R = 13.38 J/(mol·K): high (> 1.5 R)", result.row("Entropy"));
        assertTrue(result.row("  (MgCoNiCuZn)").matches("  \\(MgCoNiCuZn\\)\\s+1 of 1\\s+1\\.609 R\\s+met.*"),
                result.all());
        assertEquals("Charge neutrality     neutral with the default valences", result.row("Charge neutrality"));
        assertEquals("  Valences            Mg+2 Co+2 Ni+2 Cu+2 Zn+2 O-2", result.row("  Valences"));
        assertTrue(result.row("Capacity").contains("not asked for"), result.all());
    }

    @Test
    void rockSaltHighEntropyOxideAsJson() {
        JsonObject json = ChemCli.chem("formula", "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O", "--json").json();
        JsonObject entropy = json.getAsJsonObject("entropy");
        assertEquals(1.609, entropy.get("total_R").getAsDouble(), 0.0005);
        assertEquals(13.38, entropy.get("total_J_per_mol_K").getAsDouble(), 0.005);
        assertEquals("high", entropy.get("class").getAsString());
        JsonObject site = json.getAsJsonArray("sites").get(0).getAsJsonObject();
        assertEquals("(MgCoNiCuZn)", site.get("label").getAsString());
        assertEquals(1, site.get("occupancy").getAsDouble(), 1e-12);
        assertEquals(1, site.get("multiplicity").getAsDouble(), 1e-12);
        assertEquals(0.2, site.getAsJsonObject("siteFractions").get("Zn").getAsDouble(), 1e-12);
        assertEquals(1.609, site.get("entropy_R").getAsDouble(), 0.0005);
        assertTrue(site.getAsJsonObject("principalElements").get("satisfied").getAsBoolean());
        assertEquals("neutral-with-default-valences",
                json.getAsJsonObject("neutrality").get("verdict").getAsString());
        assertEquals(0.5, json.getAsJsonArray("composition").get(5).getAsJsonObject().get("atomFraction")
                .getAsDouble(), 1e-12);
        assertTrue(json.get("capacity").isJsonNull());
    }

    @Test
    void malformedFormulaIsShownWithACaret() {
        ChemCli result = ChemCli.chem("formula", "Li(CoO2");
        assertEquals(2, result.exitCode(), result.all());
        assertEquals(List.of("  Li(CoO2", "    ^", "daniell: cannot read the formula: unclosed '('"), result.errLines());
        assertEquals("", result.out());
    }

    @Test
    void caretCoversEveryOffendingCharacter() {
        ChemCli unknown = ChemCli.chem("formula", "Xx2O", "--json");
        assertEquals(2, unknown.exitCode());
        assertEquals(List.of("  Xx2O", "  ^^", "daniell: cannot read the formula: unknown element 'Xx'"),
                unknown.errLines());
        ChemCli unmatched = ChemCli.chem("formula", "LiCoO2)");
        assertEquals("        ^", unmatched.errLines().get(1));
    }

    @Test
    void formulaThatCannotBeNeutralExitsWithOne() {
        ChemCli result = ChemCli.chem("formula", "NaCl2");
        assertEquals(1, result.exitCode(), result.all());
        assertTrue(result.row("Charge neutrality").contains("cannot be neutral: even the highest allowed states "
                + "leave 1 too little positive charge per formula unit"), result.all());
        JsonObject json = ChemCli.chem("formula", "NaCl2", "--json").json();
        assertEquals("cannot-be-neutral", json.getAsJsonObject("neutrality").get("verdict").getAsString());
        assertFalse(json.getAsJsonObject("neutrality").get("feasible").getAsBoolean());
    }

    @Test
    void readingAssumptionsArePrintedWithACaret() {
        ChemCli result = ChemCli.chem("formula", "(CrMnFeCoNi)3O4");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("  (CrMnFeCoNi)3O4", result.outLines().get(0));
        assertEquals("  ^^^^^^^^^^^^", result.outLines().get(1));
        assertTrue(result.outLines().get(2).startsWith("warning: equal shares assumed"), result.all());
        JsonObject json = ChemCli.chem("formula", "(CrMnFeCoNi)3O4", "--json").json();
        JsonObject warning = json.getAsJsonArray("warnings").get(0).getAsJsonObject();
        assertEquals(0, warning.get("offset").getAsInt());
        assertEquals(12, warning.get("length").getAsInt());
        assertEquals(3, json.getAsJsonArray("sites").get(0).getAsJsonObject().get("multiplicity").getAsDouble());
    }

    @Test
    void intercalationCountsTheCarrierInTheFormula() {
        ChemCli result = ChemCli.chem("formula", "LiFePO4", "--carrier", "Li+", "--mechanism", "intercalation");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Capacity              169.9 mAh/g (theoretical)", result.row("Capacity"));
        ChemCli bare = ChemCli.chem("formula", "LiFePO4", "--carrier", "Li", "--json");
        JsonObject capacity = bare.json().getAsJsonObject("capacity");
        assertEquals("intercalation", capacity.get("mechanism").getAsString());
        assertEquals("Li+", capacity.get("carrier").getAsString());
        assertEquals(169.9, capacity.get("mAh_per_g").getAsDouble(), 0.05);
    }

    @Test
    void alloyingUsesTheTabulatedEndPhase() {
        JsonObject capacity = ChemCli.chem("formula", "Si", "--carrier", "Li+", "--mechanism", "alloying", "--json")
                .json().getAsJsonObject("capacity");
        assertEquals(4.4, capacity.get("electronsPerFormulaUnit").getAsDouble(), 1e-9);
        assertEquals(4198.9, capacity.get("mAh_per_g").getAsDouble(), 0.05);
        assertTrue(capacity.getAsJsonArray("contributions").get(0).getAsJsonObject().get("mechanism").getAsString()
                .contains("Li22Si5"), capacity.toString());
    }

    @Test
    void conversionAlloyingOfTheTelluride() {
        ChemCli result = ChemCli.chem("formula", "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3", "--carrier", "K+",
                "--mechanism", "conversion-alloying");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("Capacity              467.8 mAh/g (theoretical)", result.row("Capacity"));
        assertEquals("  Electrons           11 e- per formula unit", result.row("  Electrons"));
    }

    @Test
    void conversionLeavesInactiveStabilisersCharged() {
        JsonObject conversion = ChemCli.chem("formula", "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O", "--mechanism", "conversion",
                "--inactive", "Mg", "--json").json().getAsJsonObject("capacity");
        assertEquals(1.6, conversion.get("electronsPerFormulaUnit").getAsDouble(), 1e-9);
        JsonObject withAlloying = ChemCli.chem("formula", "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O", "--carrier", "Li+",
                "--mechanism", "conversion-alloying", "--inactive", "Mg", "--json").json().getAsJsonObject("capacity");
        assertEquals(1.8, withAlloying.get("electronsPerFormulaUnit").getAsDouble(), 1e-9);
        assertEquals(687.5, withAlloying.get("mAh_per_g").getAsDouble(), 0.05);
    }

    @Test
    void platingGivesGravimetricAndVolumetricCapacity() {
        ChemCli result = ChemCli.chem("formula", "Zn", "--carrier", "Zn2+", "--mechanism", "plating");
        assertEquals("Capacity              819.9 mAh/g, 5854 mAh/cm³ (theoretical)", result.row("Capacity"));
        assertEquals("Charge neutrality     metallic (element or alloy): every atom at formal charge 0",
                result.row("Charge neutrality"));
    }

    @Test
    void capacitiveCapacityNeedsCapacitanceAndWindow() {
        ChemCli missing = ChemCli.chem("formula", "C", "--mechanism", "capacitive");
        assertEquals(0, missing.exitCode(), missing.all());
        assertTrue(missing.row("Capacity").startsWith("Capacity              not inferred: a capacitive electrode"),
                missing.all());
        JsonObject capacity = ChemCli.chem("formula", "C", "--mechanism", "capacitive", "--capacitance", "150",
                "--window", "1", "--json").json().getAsJsonObject("capacity");
        assertEquals(150 / 3.6, capacity.get("mAh_per_g").getAsDouble(), 1e-9);
    }

    @Test
    void capacityThatCannotBeInferredSaysWhy() {
        ChemCli result = ChemCli.chem("formula", "MnO2", "--carrier", "Zn2+", "--mechanism", "intercalation");
        assertEquals(0, result.exitCode(), result.all());
        assertTrue(result.row("Capacity").contains("not inferred: MnO2 holds no Zn"), result.all());
        JsonObject capacity = ChemCli.chem("formula", "MnO2", "--carrier", "Zn2+", "--mechanism", "intercalation",
                "--json").json().getAsJsonObject("capacity");
        assertFalse(capacity.get("inferred").getAsBoolean());
        assertTrue(capacity.get("mAh_per_g").isJsonNull());
        assertTrue(capacity.get("reason").getAsString().contains("--electrons"));
        ChemCli alloyingOxide = ChemCli.chem("formula", "SnO2", "--carrier", "Li+", "--mechanism", "alloying");
        assertTrue(alloyingOxide.row("Capacity").contains("conversion-alloying"), alloyingOxide.all());
    }

    @Test
    void unknownCarrierIsAnInputError() {
        ChemCli result = ChemCli.chem("formula", "MnO2", "--carrier", "Xy+", "--electrons", "1");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("daniell: unknown carrier ion 'Xy+'; known carriers include Li+"),
                result.err());
        ChemCli ambiguous = ChemCli.chem("formula", "FePO4", "--carrier", "Fe", "--electrons", "1");
        assertEquals(2, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("Fe2+ or Fe3+"), ambiguous.err());
    }

    @Test
    void conflictingCapacityOptionsAreAUsageError() {
        ChemCli both = ChemCli.chem("formula", "MnO2", "--electrons", "2", "--mechanism", "conversion");
        assertEquals(2, both.exitCode());
        assertEquals("daniell: give either --electrons or --mechanism, not both", both.err().trim());
        ChemCli negative = ChemCli.chem("formula", "MnO2", "--electrons", "-1");
        assertEquals(2, negative.exitCode());
        ChemCli inactiveAbsent = ChemCli.chem("formula", "MnO2", "--mechanism", "conversion", "--inactive", "Mg");
        assertEquals("daniell: --inactive Mg: MnO2 has no Mg", inactiveAbsent.err().trim());
        ChemCli unknownMechanism = ChemCli.chem("formula", "MnO2", "--mechanism", "magic");
        assertEquals(2, unknownMechanism.exitCode());
        assertTrue(unknownMechanism.err().contains("unknown mechanism 'magic'"), unknownMechanism.err());
    }

    @Test
    void helpDescribesTheCommandWithExamples() {
        ChemCli result = ChemCli.chem("formula", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: daniell chem formula"), result.out());
        assertTrue(result.out().contains("--mechanism=M"), result.out());
        assertTrue(result.out().contains("Examples:\n  daniell chem formula"), result.out());
        assertTrue(result.out().contains("1   the formula cannot be charge-neutral"), result.out());
    }
}
