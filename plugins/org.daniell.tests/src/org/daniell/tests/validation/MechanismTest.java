package org.daniell.tests.validation;

import static org.daniell.tests.validation.Checks.absent;
import static org.daniell.tests.validation.Checks.findings;
import static org.daniell.tests.validation.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Mechanisms against their enabling elements and capacities against theory (seed-003-004 §2.6, §5.7, §7 E1, E4, E6, E16, E17). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class MechanismTest {

    @Inject
    private Specs specs;

    private List<Issue> material(String body) {
        return findings(specs, "material M : active { " + body + " }");
    }

    @Test
    void rockSaltHeoE1PassesM01M02AndM08() {
        List<Issue> issues = material(
                "formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O; mechanism conversion, alloying; carriers Li[+]; electrons 1.8");
        assertEquals(List.of(), issues.stream().filter(i -> i.getCode().startsWith("mechanism.")).toList(),
                Checks.describe(issues));
    }

    @Test
    void conversionNeedsAConvertingAnionAndCation() {
        only(material("formula LiCl; mechanism conversion"), "mechanism.conversion-needs-anion");
        Issue cation = only(material("formula MgO; mechanism conversion"), "mechanism.conversion-needs-cation");
        assertEquals(Severity.ERROR, cation.getSeverity());
        absent(material("formula Fe; mechanism conversion"), "mechanism.conversion-needs-anion");
    }

    @Test
    void alloyingWithoutAnAlloyingElementE17() {
        only(material("formula (CrMnFeCoNi)3O4; mechanism alloying"), "mechanism.alloying-needs-host");
        absent(material("formula SnSb; mechanism alloying"), "mechanism.alloying-needs-host");
    }

    @Test
    void spaceChargeNeedsFeCoNiAndConversionE16() {
        only(material("formula (LiFeZnNiCoMn)3O4; mechanism intercalation, space_charge"),
                "mechanism.space-charge-needs-conversion");
        only(material("formula Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1; mechanism conversion, space_charge"),
                "mechanism.space-charge-needs-metal");
        List<Issue> magnetite = material("formula Fe3O4; mechanism conversion, space_charge");
        absent(magnetite, "mechanism.space-charge-needs-metal");
        absent(magnetite, "mechanism.space-charge-needs-conversion");
        absent(magnetite, "mechanism.space-charge-in-hem");
    }

    @Test
    void spaceChargeInAHighEntropyMaterialIsNewM05() {
        Issue issue = only(material("formula (LiFeZnNiCoMn)3O4; mechanism conversion, space_charge"),
                "mechanism.space-charge-in-hem");
        assertEquals(Severity.INFO, issue.getSeverity());
    }

    @Test
    void capacityAboveConversionAndAlloyingM06() {
        String body = "formula (LiFeZnNiCoMn)3O4; carriers Li[+]; capacity %s mAh/g; mechanism conversion, alloying%s";
        Issue error = only(material(body.formatted("1200", "")), "mechanism.capacity-above-theoretical");
        assertEquals(Severity.ERROR, error.getSeverity());
        assertTrue(error.getMessage().contains("1000 mAh/g"), error.getMessage()); // 7.5 + 0.5 e-, seed §2.4
        Issue warning = only(material(body.formatted("1200", ", space_charge")),
                "mechanism.capacity-above-theoretical-space-charge");
        assertEquals(Severity.WARNING, warning.getSeverity());
        absent(material(body.formatted("950", "")), "mechanism.capacity-above-theoretical");
    }

    @Test
    void telluride_for_potassium_E6_has_467_8_mAh_per_g() {
        Issue issue = only(material("formula Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3; carriers K[+]; capacity 500 mAh/g; "
                + "mechanism conversion, alloying"), "mechanism.capacity-above-theoretical");
        assertTrue(issue.getMessage().contains("468 mAh/g") && issue.getMessage().contains("conversion 6.00 e-")
                && issue.getMessage().contains("alloying 5.00 e-"), issue.getMessage());
    }

    @Test
    void phosphide_E4_passes_with_the_richest_indium_phase() {
        String body = "formula (InGeSi)3P3; carriers Li[+]; capacity %s mAh/g; mechanism intercalation, conversion, alloying";
        absent(material(body.formatted("1733")), "mechanism.capacity-above-theoretical");
        Issue issue = only(material(body.formatted("2000")), "mechanism.capacity-above-theoretical");
        assertTrue(issue.getMessage().contains("1923 mAh/g"), issue.getMessage());
    }

    @Test
    void electronsThatNeedMagnesiumToConvertM08() {
        Issue issue = only(material("formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O; mechanism conversion, alloying; "
                + "carriers Li[+]; electrons 2.2"), "mechanism.stabiliser-counted");
        assertTrue(issue.getMessage().contains("1.80"), issue.getMessage());
    }

    @Test
    void zincAnodeAbove820MilliampHoursPerGramZ03() {
        Issue issue = only(material("formula Zn; carriers Zn[2+]; capacity 900 mAh/g"),
                "mechanism.metal-capacity-above-theoretical");
        assertTrue(issue.getMessage().contains("820 mAh/g"), issue.getMessage());
        absent(material("formula Zn; carriers Zn[2+]; capacity 810 mAh/g"), "mechanism.metal-capacity-above-theoretical");
        only(findings(specs, "cell C : battery { negative A { active Zn { form foil; capacity 850 mAh/g } } "
                + "positive B { active alpha_MnO2 } }"), "mechanism.metal-capacity-above-theoretical");
    }

    private static final String VANADIUM_CELL = """
            cell C : battery {
                negative A { active Zn { form foil } }
                positive B { active V2O5 { capacity %s mAh/g } }
                electrolyte aqueous { salt ZnSO4 2 mol/L }
            }
            """;

    @Test
    void vanadiumCathodeAbove400Z06() {
        only(findings(specs, VANADIUM_CELL.formatted("450")), "mechanism.vanadium-capacity");
        absent(findings(specs, VANADIUM_CELL.formatted("350")), "mechanism.vanadium-capacity");
    }
}
