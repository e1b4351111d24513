package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.model.issues.CapacityIssues;
import org.daniell.model.issues.IssueCode;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The capacity-balance rules of seed-000 §4.1 R-E9 and seed-001-002 §3.1 / §5, each at its boundary: the limits are
 * strict as S2 words them ("under 5", "below 50 µm").
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class CapacityBalanceTest {

    @Inject
    private Specs specs;

    private List<String> codes(ZincCellSpec spec) {
        List<String> codes = Specs.codes(specs.validate(specs.text(spec.text())));
        assertFalse(codes.contains("internal.check-failed"), () -> "a check threw: " + codes);
        return codes;
    }

    private static void assertFires(IssueCode issue, List<String> codes) {
        assertTrue(codes.contains(issue.id()), () -> issue.id() + " expected in " + codes);
    }

    private static void assertSilent(IssueCode issue, List<String> codes) {
        assertFalse(codes.contains(issue.id()), () -> issue.id() + " not expected in " + codes);
    }

    /** Zn 20 mAh/cm² against the given positive areal capacity: N/P = 20 / positive. */
    private static ZincCellSpec np(String positive) {
        return new ZincCellSpec().negativeCapacity("20 mAh/cm2").positiveCapacity(positive);
    }

    @Test
    void npBelowOneWithMetalAnodeIsAnError() {
        assertFires(CapacityIssues.NP_BELOW_ONE_METAL, codes(np("25 mAh/cm2")));
        assertSilent(CapacityIssues.NP_BELOW_ONE_METAL, codes(np("20 mAh/cm2")));
    }

    @Test
    void anodeFreeMetalCellIsAllowed() {
        List<String> codes = codes(new ZincCellSpec().negativeCapacity("0 mAh/cm2").positiveCapacity("4 mAh/cm2"));
        assertSilent(CapacityIssues.NP_BELOW_ONE_METAL, codes);
        assertSilent(CapacityIssues.ANODE_FREE_NOT_PLATING, codes);
    }

    /** A graphite-like insertion negative (no plating): R-E9 warns below 1 and forbids N/P 0. */
    private static ZincCellSpec insertionNegative(String capacity) {
        return new ZincCellSpec()
                .set("materials", "material HostCarbon : active {\n    formula C6\n    mechanism intercalation\n"
                        + "    carriers Zn[2+]\n}")
                .set("negative", "active HostCarbon").set("negativeCapacity", "capacity " + capacity)
                .positiveCapacity("4 mAh/cm2");
    }

    @Test
    void insertionNegativeBelowOneIsAWarning() {
        List<String> codes = codes(insertionNegative("3.9 mAh/cm2"));
        assertFires(CapacityIssues.NP_BELOW_ONE, codes);
        assertSilent(CapacityIssues.NP_BELOW_ONE_METAL, codes);
        assertSilent(CapacityIssues.NP_BELOW_ONE, codes(insertionNegative("4 mAh/cm2")));
    }

    @Test
    void anodeFreeNeedsAPlatingNegative() {
        assertFires(CapacityIssues.ANODE_FREE_NOT_PLATING, codes(insertionNegative("0 mAh/cm2")));
        assertSilent(CapacityIssues.ANODE_FREE_NOT_PLATING, codes(insertionNegative("4.4 mAh/cm2")));
    }

    @Test
    void npFiveIsNotUnderFive() {
        List<String> atFive = codes(np("4 mAh/cm2"));
        assertFires(CapacityIssues.NP_NOT_UNDER_FIVE, atFive);
        assertSilent(CapacityIssues.EXCESS_METAL, atFive);
        List<String> justUnder = codes(np("4.01 mAh/cm2"));
        assertSilent(CapacityIssues.NP_NOT_UNDER_FIVE, justUnder);
        assertFires(CapacityIssues.EXCESS_METAL, justUnder);
    }

    @Test
    void excessMetalAboveThreeIsInformation() {
        assertFires(CapacityIssues.EXCESS_METAL, codes(np("6.6 mAh/cm2")));
        // exactly 3: 21 / 7
        assertSilent(CapacityIssues.EXCESS_METAL,
                codes(new ZincCellSpec().negativeCapacity("21 mAh/cm2").positiveCapacity("7 mAh/cm2")));
    }

    @Test
    void fiftyMicronFoilIsTooThick() {
        assertFires(CapacityIssues.THICK_METAL_FOIL, codes(new ZincCellSpec().thickness("50 um")));
        assertSilent(CapacityIssues.THICK_METAL_FOIL, codes(new ZincCellSpec().thickness("49.9 um")));
    }

    @Test
    void ahPouchNeedsFiveMilliampHoursPerSquareCentimetreOfZinc() {
        ZincCellSpec ahPouch = np("4 mAh/cm2").set("format", "format pouch { area 300 cm2 }")
                .negativeCapacity("4.99 mAh/cm2");
        assertFires(CapacityIssues.LOW_ANODE_AREAL_CAPACITY, codes(ahPouch));
        assertSilent(CapacityIssues.LOW_ANODE_AREAL_CAPACITY, codes(ahPouch.negativeCapacity("5 mAh/cm2")));
        // 3.3 mAh/cm² × 300 cm² < 1 Ah: not an Ah-level pouch
        assertSilent(CapacityIssues.LOW_ANODE_AREAL_CAPACITY,
                codes(np("3.3 mAh/cm2").set("format", "format pouch { area 300 cm2 }").negativeCapacity("4 mAh/cm2")));
    }

    @Test
    void freeStandingFoilUsedBeyondEightyPercentRisksPerforation() {
        // 20 / 16.1 gives DOD 80.5 %; 20 / 16 gives exactly 80 %, which is not beyond the limit
        assertFires(CapacityIssues.FOIL_PERFORATION_RISK, codes(np("16.1 mAh/cm2")));
        assertSilent(CapacityIssues.FOIL_PERFORATION_RISK, codes(np("16 mAh/cm2")));
        assertSilent(CapacityIssues.FOIL_PERFORATION_RISK, codes(np("16.1 mAh/cm2")
                .set("negative", "active Zn\n        collector Cu foil 10 um")));
    }

    @Test
    void utilisationBelowTenPercentIsAWarningAndBelowFiftyInformation() {
        List<String> low = codes(np("1.99 mAh/cm2"));
        assertFires(CapacityIssues.LOW_METAL_UTILISATION, low);
        assertSilent(CapacityIssues.PARTIAL_METAL_UTILISATION, low);
        List<String> ten = codes(np("2 mAh/cm2"));
        assertSilent(CapacityIssues.LOW_METAL_UTILISATION, ten);
        assertFires(CapacityIssues.PARTIAL_METAL_UTILISATION, ten);
        assertFires(CapacityIssues.PARTIAL_METAL_UTILISATION, codes(np("9.99 mAh/cm2")));
        assertSilent(CapacityIssues.PARTIAL_METAL_UTILISATION, codes(np("10 mAh/cm2")));
    }
}
