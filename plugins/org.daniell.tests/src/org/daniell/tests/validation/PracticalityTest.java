package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

/**
 * The practicality rules of seed-001-002 §3.1 A11, §3.2 C1–C7, C12, §3.3 E1, E2, E4 and §5, each at its boundary
 * (strict limits as S2 words them), and the composite score of §5.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class PracticalityTest {

    @Inject
    private Specs specs;

    private List<Issue> issues(ZincCellSpec spec) {
        List<Issue> issues = specs.validate(specs.text(spec.text()));
        assertFalse(Specs.codes(issues).contains("internal.check-failed"), () -> "a check threw: " + issues);
        return issues;
    }

    private List<String> codes(ZincCellSpec spec) {
        return Specs.codes(issues(spec));
    }

    private static void assertFires(IssueCode issue, List<String> codes) {
        assertTrue(codes.contains(issue.id()), () -> issue.id() + " expected in " + codes);
    }

    private static void assertSilent(IssueCode issue, List<String> codes) {
        assertFalse(codes.contains(issue.id()), () -> issue.id() + " not expected in " + codes);
    }

    @Test
    void loadingBands() {
        List<String> two = codes(new ZincCellSpec().loading("2 mg/cm2"));
        assertFires(PracticalityIssues.VERY_LOW_LOADING, two);
        assertSilent(PracticalityIssues.LOW_LOADING, two);
        List<String> justAboveTwo = codes(new ZincCellSpec().loading("2.01 mg/cm2"));
        assertSilent(PracticalityIssues.VERY_LOW_LOADING, justAboveTwo);
        assertFires(PracticalityIssues.LOW_LOADING, justAboveTwo);
        List<String> ten = codes(new ZincCellSpec().loading("10 mg/cm2"));
        assertSilent(PracticalityIssues.LOW_LOADING, ten);
        assertFires(PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK, ten);
        assertFires(PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK, codes(new ZincCellSpec().loading("20 mg/cm2")));
        assertSilent(PracticalityIssues.LOADING_NOT_ABOVE_FRAMEWORK, codes(new ZincCellSpec().loading("20.1 mg/cm2")));
    }

    @Test
    void arealCapacityMustExceedThree() {
        assertFires(PracticalityIssues.LOW_AREAL_CAPACITY, codes(new ZincCellSpec().positiveCapacity("2.99 mAh/cm2")));
        assertSilent(PracticalityIssues.LOW_AREAL_CAPACITY, codes(new ZincCellSpec().positiveCapacity("3 mAh/cm2")));
    }

    @Test
    void electrolyteAmountMustBeStated() {
        assertFires(PracticalityIssues.ELECTROLYTE_AMOUNT_MISSING,
                codes(new ZincCellSpec().electrolyte("salt ZnSO4 2 mol/L\n        additive MnSO4 0.1 mol/L")));
        assertSilent(PracticalityIssues.ELECTROLYTE_AMOUNT_MISSING, codes(new ZincCellSpec()));
    }

    @Test
    void aCellWithoutNumbersIsNeitherAskedForE_CNorScored() {
        List<String> codes = codes(new ZincCellSpec().set("loading", "").set("specificCapacity", "")
                .set("negative", "active Zn\n        collector self").set("protocol", "")
                .electrolyte("salt ZnSO4 2 mol/L\n        additive MnSO4 0.1 mol/L"));
        assertSilent(PracticalityIssues.ELECTROLYTE_AMOUNT_MISSING, codes);
        assertSilent(PracticalityIssues.SCORE, codes);
    }

    @Test
    void tenGramsPerAmpHourIsFlooded() {
        assertFires(PracticalityIssues.FLOODED_ELECTROLYTE, codes(new ZincCellSpec().amount("10 g/Ah")));
        assertSilent(PracticalityIssues.FLOODED_ELECTROLYTE, codes(new ZincCellSpec().amount("9.99 g/Ah")));
    }

    @Test
    void volumeRatioIsConvertedThroughTheDensity() {
        // seed-001-002 §5: "17.5 µL/mAh × 1.3 = 22.75 g/Ah → fires E2, even though the paper calls it low E/C"
        assertFires(PracticalityIssues.FLOODED_ELECTROLYTE, codes(new ZincCellSpec().amount("17.5 uL/mAh")));
        assertSilent(PracticalityIssues.FLOODED_ELECTROLYTE, codes(new ZincCellSpec().amount("7.6 uL/mAh")));
    }

    @Test
    void floodedCoinAboveFiftyMicrolitresPerMilliampHour() {
        ZincCellSpec coin = new ZincCellSpec().set("format", "format coin { area 1 cm2 }");
        // Q = 6.25 mAh/cm² × 1 cm²; 312.6 µL gives 50.02 µL/mAh, 312.5 µL exactly 50
        assertFires(PracticalityIssues.FLOODED_COIN, codes(coin.amount("312.6 uL")));
        assertSilent(PracticalityIssues.FLOODED_COIN, codes(coin.amount("312.5 uL")));
        assertSilent(PracticalityIssues.FLOODED_COIN, codes(new ZincCellSpec().amount("400 uL")
                .set("format", "format pouch { area 1 cm2 }")));
    }

    @Test
    void ratesAboveOneCAreHigh() {
        List<String> high = codes(new ZincCellSpec().rates("1.01 C", "0.2 C"));
        assertFires(PracticalityIssues.HIGH_RATE, high);
        List<String> oneC = codes(new ZincCellSpec().rates("1 C", "1 C"));
        assertSilent(PracticalityIssues.HIGH_RATE, oneC);
        assertFires(PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, oneC);
    }

    @Test
    void frameworkRatesRunFromCOverSixToCOverFour() {
        assertSilent(PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, codes(new ZincCellSpec().rates("0.25 C", "0.167 C")));
        assertFires(PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, codes(new ZincCellSpec().rates("0.26 C", "0.2 C")));
        assertFires(PracticalityIssues.RATE_OUTSIDE_FRAMEWORK, codes(new ZincCellSpec().rates("0.2 C", "0.16 C")));
    }

    @Test
    void currentDensityIsReadAsARateThroughTheArealCapacity() {
        // 6.25 mAh/cm²: 6.3 mA/cm² is just above 1C, 6.25 mA/cm² exactly 1C
        assertFires(PracticalityIssues.HIGH_RATE, codes(new ZincCellSpec().rates("6.3 mA/cm2", "1.25 mA/cm2")));
        assertSilent(PracticalityIssues.HIGH_RATE, codes(new ZincCellSpec().rates("6.25 mA/cm2", "1.25 mA/cm2")));
        // 250 mA/g × 25 mg/cm² = 6.25 mA/cm² = 1C; 260 mA/g is above
        assertFires(PracticalityIssues.HIGH_RATE, codes(new ZincCellSpec().rates("260 mA/g", "50 mA/g")));
        assertSilent(PracticalityIssues.HIGH_RATE, codes(new ZincCellSpec().rates("250 mA/g", "50 mA/g")));
    }

    @Test
    void manganeseCathodeAtHighLoadingInLeanElectrolyte() {
        assertFires(PracticalityIssues.MN_LEAN_ELECTROLYTE, codes(new ZincCellSpec().loading("10 mg/cm2")
                .amount("2.5 g/Ah")));
        assertSilent(PracticalityIssues.MN_LEAN_ELECTROLYTE, codes(new ZincCellSpec().loading("10 mg/cm2")
                .amount("2.51 g/Ah")));
        assertSilent(PracticalityIssues.MN_LEAN_ELECTROLYTE, codes(new ZincCellSpec().loading("9.99 mg/cm2")
                .amount("2.5 g/Ah")));
    }

    @Test
    void manganeseCathodeNeedsAnAdditiveOrAStabilisation() {
        String noAdditive = "salt ZnSO4 2 mol/L\n        amount 8 g/Ah";
        assertFires(PracticalityIssues.MN_DISSOLUTION, codes(new ZincCellSpec().electrolyte(noAdditive)));
        assertSilent(PracticalityIssues.MN_DISSOLUTION, codes(new ZincCellSpec()));
        // K+ pre-intercalated in the tunnels
        assertSilent(PracticalityIssues.MN_DISSOLUTION, codes(new ZincCellSpec().electrolyte(noAdditive)
                .set("materials", "material KMnO : active {\n    formula K0.1MnO2\n    electrons 1\n}")
                .set("positiveMaterial", "KMnO")));
        // a PANI interface written as a component of the electrode
        assertSilent(PracticalityIssues.MN_DISSOLUTION, codes(new ZincCellSpec().electrolyte(noAdditive)
                .set("materials", "material PANI : polymer {\n    structure \"polyaniline interlayer\"\n}")
                .set("positiveExtra", "binder PANI 5 %")));
    }

    @Test
    void iodineLoadingFromEightyIsTooHigh() {
        ZincCellSpec iodine = new ZincCellSpec()
                .set("materials", "material Iodine : active {\n    formula I2\n    electrons 2\n}")
                .set("positiveMaterial", "Iodine").set("specificCapacity", "");
        assertFires(PracticalityIssues.IODINE_HIGH_LOADING, codes(iodine.loading("80 mg/cm2")));
        assertSilent(PracticalityIssues.IODINE_HIGH_LOADING, codes(iodine.loading("79.9 mg/cm2")));
        assertSilent(PracticalityIssues.IODINE_HIGH_LOADING, codes(new ZincCellSpec().loading("80 mg/cm2")));
    }

    @Test
    void rulesApplyToZincMetalCellsOnly() {
        ZincCellSpec lithium = new ZincCellSpec().loading("1 mg/cm2")
                .set("negative", "active Li {\n            form foil\n            thickness 45 um\n        }");
        List<String> codes = codes(lithium);
        assertSilent(PracticalityIssues.VERY_LOW_LOADING, codes);
        assertSilent(PracticalityIssues.SCORE, codes);
    }

    @Test
    void frameworkCompliantDesignScoresFiveOfFive() {
        Issue score = issues(new ZincCellSpec()).stream()
                .filter(i -> PracticalityIssues.SCORE.id().equals(i.getCode())).findFirst().orElseThrow();
        assertEquals("Practicality: evaluation framework 5/5 criteria met; commercial requirements 2/3 met "
                + "(not met: E/C) (seed-001-002 §5).", score.getMessage());
    }

    @Test
    void scoreNamesWhatIsMissing() {
        Issue score = issues(new ZincCellSpec().thickness("60 um").set("protocol", "")).stream()
                .filter(i -> PracticalityIssues.SCORE.id().equals(i.getCode())).findFirst().orElseThrow();
        assertEquals("Practicality: evaluation framework 2/5 criteria met (not met: foil thickness, N/P; not stated: "
                + "rate); commercial requirements 2/3 met (not met: E/C) (seed-001-002 §5).", score.getMessage());
    }
}
