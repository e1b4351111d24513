package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.model.issues.CapacityIssues;
import org.daniell.model.issues.IssueCode;
import org.daniell.model.issues.PracticalityIssues;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The expected capacity and practicality findings of the zinc worked examples (seed-001-002 §6 D1–D9). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class ZincExamplesFindingsTest {

    @Inject
    private Specs specs;

    private List<Issue> issues(String example) {
        return specs.validate(specs.example(example));
    }

    private static void assertFires(List<Issue> issues, IssueCode... expected) {
        List<String> codes = Specs.codes(issues);
        for (IssueCode issue : expected) {
            assertTrue(codes.contains(issue.id()), () -> issue.id() + " expected in " + codes);
        }
    }

    private static void assertSilent(List<Issue> issues, IssueCode... unexpected) {
        List<String> codes = Specs.codes(issues);
        for (IssueCode issue : unexpected) {
            assertFalse(codes.contains(issue.id()), () -> issue.id() + " not expected in " + codes);
        }
    }

    private static String score(List<Issue> issues) {
        return issues.stream().filter(i -> PracticalityIssues.SCORE.id().equals(i.getCode())).map(Issue::getMessage)
                .findFirst().orElseThrow();
    }

    /** D1: W-LOWLOAD (strong), W-LOWAREAL, W-LOWDOD, W-THICKZN, W-FLOODED, W-HIGHRATE. */
    @Test
    void labCoinAntipattern() {
        List<Issue> issues = issues("zinc/ZnMnO2LabCoin.echem");
        assertFires(issues, PracticalityIssues.VERY_LOW_LOADING, PracticalityIssues.LOW_AREAL_CAPACITY,
                CapacityIssues.LOW_METAL_UTILISATION, CapacityIssues.THICK_METAL_FOIL, CapacityIssues.NP_NOT_UNDER_FIVE,
                PracticalityIssues.FLOODED_ELECTROLYTE, PracticalityIssues.FLOODED_COIN, PracticalityIssues.HIGH_RATE);
        // MnSO4 0.1 M is in the electrolyte
        assertSilent(issues, PracticalityIssues.MN_DISSOLUTION, PracticalityIssues.LOW_LOADING);
    }

    /** D2: A2 (N/P not under 5), E2 (E/C not under 10), C3 (loading not over 20), W-LOWDOD info, all at the boundary. */
    @Test
    void fig9cTypicalPouchFailsTheStrictBoundaries() {
        List<Issue> issues = issues("zinc/ZnMnO2Fig9c.echem");
        assertFires(issues, CapacityIssues.NP_NOT_UNDER_FIVE, PracticalityIssues.FLOODED_ELECTROLYTE,
                PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK, CapacityIssues.PARTIAL_METAL_UTILISATION);
        assertSilent(issues, CapacityIssues.THICK_METAL_FOIL, CapacityIssues.LOW_METAL_UTILISATION,
                PracticalityIssues.LOW_LOADING);
    }

    /** D4: framework 5/5, commercial 2/3, W-LOWDOD info (23.7 %). */
    @Test
    void frameworkCompliantPouch() {
        List<Issue> issues = issues("zinc/ZnMnO2Pouch.echem");
        assertTrue(score(issues).contains("framework 5/5 criteria met;"), score(issues));
        assertTrue(score(issues).contains("commercial requirements 2/3 met (not met: E/C)"), score(issues));
        assertFires(issues, CapacityIssues.PARTIAL_METAL_UTILISATION);
        assertSilent(issues, CapacityIssues.NP_NOT_UNDER_FIVE, CapacityIssues.THICK_METAL_FOIL,
                PracticalityIssues.FLOODED_ELECTROLYTE, PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK,
                PracticalityIssues.LOW_AREAL_CAPACITY, PracticalityIssues.HIGH_RATE,
                PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, PracticalityIssues.MN_DISSOLUTION);
    }

    /** D4b: 20 mg/cm² × 200 mAh/g with a 50 µm foil must fail A2 and A4. */
    @Test
    void frameworkCounterExample() {
        String d4 = specs.example("zinc/ZnMnO2Pouch.echem").getURI().toFileString();
        String text;
        try {
            text = java.nio.file.Files.readString(java.nio.file.Path.of(d4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String d4b = text.replace("thickness 45 um", "thickness 50 um").replace("loading 25 mg/cm2", "loading 20 mg/cm2")
                .replace("capacity 250 mAh/g", "capacity 200 mAh/g");
        List<Issue> issues = specs.validate(specs.text(d4b));
        assertFires(issues, CapacityIssues.NP_NOT_UNDER_FIVE, CapacityIssues.THICK_METAL_FOIL);
    }

    /** D5: N/P 2.83 and DOD 35.3 %: balanced, no metal-anode error. */
    @Test
    void kasoPouch() {
        List<Issue> issues = issues("zinc/ZnVO2KasoPouch.echem");
        assertFires(issues, CapacityIssues.PARTIAL_METAL_UTILISATION);
        assertSilent(issues, CapacityIssues.NP_BELOW_ONE_METAL, CapacityIssues.NP_NOT_UNDER_FIVE,
                CapacityIssues.THICK_METAL_FOIL, CapacityIssues.FOIL_PERFORATION_RISK);
    }

    /** D7: A2 and A4 fire; C12 does not (30 < 80 mg/cm² I2). */
    @Test
    void zincIodinePouch() {
        List<Issue> issues = issues("zinc/ZnI2Pouch.echem");
        assertFires(issues, CapacityIssues.NP_NOT_UNDER_FIVE, CapacityIssues.THICK_METAL_FOIL);
        assertSilent(issues, PracticalityIssues.IODINE_HIGH_LOADING, PracticalityIssues.MN_DISSOLUTION);
    }

    /** D9: A2 (N/P 7.98); the 0.35C discharge lies outside C/4–C/6. */
    @Test
    void vanadiumOxideCoin() {
        List<Issue> issues = issues("zinc/ZnVOxRGOCoin.echem");
        assertFires(issues, CapacityIssues.NP_NOT_UNDER_FIVE, CapacityIssues.THICK_METAL_FOIL,
                PracticalityIssues.RATE_OUTSIDE_FRAMEWORK);
        assertSilent(issues, PracticalityIssues.HIGH_RATE, PracticalityIssues.MN_DISSOLUTION);
    }
}
