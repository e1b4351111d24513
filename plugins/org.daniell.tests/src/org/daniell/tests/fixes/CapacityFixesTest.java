package org.daniell.tests.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.fixes.QuickFix;
import org.daniell.fixes.QuickFixes;
import org.daniell.fixes.TextEdit;
import org.daniell.model.issues.CapacityIssues;
import org.daniell.model.issues.IssueCode;
import org.daniell.model.issues.PracticalityIssues;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The quick fixes of the capacity and practicality findings: exact text after the edit, and the finding gone. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class CapacityFixesTest {

    @Inject
    private Specs specs;

    private static final String CELL = """
            package test

            cell T : battery {
                format %s

                negative ZincFoil {
                    active Zn {
                        form foil
                        thickness %s
                    }
                    collector self
                    reaction Zn -> Zn[2+] + 2 e-
                }

                positive Cathode {
                    active alpha_MnO2 {
                        loading 25 mg/cm2
                        fraction 70 %%
                        capacity 250 mAh/g
                    }
                    potential 1.30 V vs Zn[2+]/Zn
                }

                electrolyte aqueous {
                    solvent H2O
                    salt ZnSO4 2 mol/L
            %s
                    density 1.3 g/mL
                }
            }
            """;

    private static String cell(String format, String thickness, String electrolyteLines) {
        return CELL.formatted(format, thickness, electrolyteLines);
    }

    /** Applies the only fix of the finding {@code issue} in {@code text} and returns the new text. */
    private String applyFix(String text, IssueCode issue) {
        Resource resource = specs.text(text);
        Issue finding = specs.validate(resource).stream().filter(i -> issue.id().equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(issue.id() + " not reported"));
        List<QuickFix> fixes = QuickFixes.fixesFor(finding, resource);
        assertEquals(1, fixes.size(), () -> "fixes: " + fixes);
        return TextEdit.apply(text, fixes.get(0).edits());
    }

    private List<String> codes(String text) {
        return Specs.codes(specs.validate(specs.text(text)));
    }

    @Test
    void thinsTheFoilToNpThree() {
        // 60 µm Zn = 35.12 mAh/cm² against 6.25 mAh/cm²: N/P 5.62; N/P 3 needs 60 × 3 / 5.62 = 32.0 µm
        String amount = "        amount 8 g/Ah\n        additive MnSO4 0.1 mol/L";
        String text = cell("pouch", "60 um", amount);
        String fixed = applyFix(text, CapacityIssues.NP_NOT_UNDER_FIVE);
        assertEquals(cell("pouch", "32.0 um", amount), fixed);
        List<String> after = codes(fixed);
        assertFalse(after.contains(CapacityIssues.NP_NOT_UNDER_FIVE.id()), after::toString);
        assertFalse(after.contains(CapacityIssues.EXCESS_METAL.id()), after::toString);
    }

    @Test
    void setsTheElectrolyteRatioToEightGramsPerAmpHour() {
        String text = cell("pouch", "45 um", "        amount 12 g/Ah\n        additive MnSO4 0.1 mol/L");
        String fixed = applyFix(text, PracticalityIssues.FLOODED_ELECTROLYTE);
        assertEquals(cell("pouch", "45 um", "        amount 8.00 g/Ah\n        additive MnSO4 0.1 mol/L"), fixed);
        assertFalse(codes(fixed).contains(PracticalityIssues.FLOODED_ELECTROLYTE.id()));
    }

    @Test
    void setsAnElectrolyteVolumeThroughDensityAndCapacity() {
        // 6.25 mAh on 1 cm²: 8 g/Ah ÷ 1.3 g/mL × 6.25 mAh = 38.46 µL, rounded down to 38.4 µL
        String format = "coin { area 1 cm2 }";
        String text = cell(format, "45 um", "        amount 400 uL\n        additive MnSO4 0.1 mol/L");
        String fixed = applyFix(text, PracticalityIssues.FLOODED_ELECTROLYTE);
        assertEquals(cell(format, "45 um", "        amount 38.4 uL\n        additive MnSO4 0.1 mol/L"), fixed);
        List<String> after = codes(fixed);
        assertFalse(after.contains(PracticalityIssues.FLOODED_ELECTROLYTE.id()), after::toString);
        assertFalse(after.contains(PracticalityIssues.FLOODED_COIN.id()), after::toString);
    }

    @Test
    void addsTheManganeseAdditive() {
        String text = cell("pouch", "45 um", "        amount 8 g/Ah");
        String fixed = applyFix(text, PracticalityIssues.MN_DISSOLUTION);
        assertEquals(text.replace("        density 1.3 g/mL\n    }",
                "        density 1.3 g/mL\n        additive MnSO4 0.1 mol/L\n    }"), fixed);
        assertTrue(fixed.contains("additive MnSO4 0.1 mol/L"));
        assertFalse(codes(fixed).contains(PracticalityIssues.MN_DISSOLUTION.id()));
    }

    @Test
    void noFixWhenTheMetalIsNotWrittenAsAFoilThickness() {
        String text = CELL.formatted("pouch", "45 um", "        amount 8 g/Ah\n        additive MnSO4 0.1 mol/L")
                .replace("        active Zn {\n            form foil\n            thickness 45 um\n        }",
                        "        active Zn\n        capacity 40 mAh/cm2");
        Resource resource = specs.text(text);
        Issue finding = specs.validate(resource).stream()
                .filter(i -> CapacityIssues.NP_NOT_UNDER_FIVE.id().equals(i.getCode())).findFirst().orElseThrow();
        assertEquals(List.of(), QuickFixes.fixesFor(finding, resource));
    }
}
