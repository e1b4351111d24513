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

/** Charge neutrality and site occupancy (seed-003-004 §3.4, §3.5 C-01 to C-08; §7 E1, E2, E4, E5, E6). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class CompositionTest {

    @Inject
    private Specs specs;

    private List<Issue> material(String formula) {
        return findings(specs, "material M : active { formula " + formula + " }");
    }

    @Test
    void rockSaltHeoIsNeutralWithDefaultValences() {
        List<Issue> issues = material("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");
        assertEquals(List.of(), issues, Checks.describe(issues));
    }

    @Test
    void formulaOutsideTheValenceIntervalIsAnError() {
        Issue issue = only(material("NaCoO4"), "composition.neutrality-infeasible");
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertTrue(issue.getMessage().contains("δ = 1.5"), issue.getMessage());
    }

    @Test
    void aWrittenOxygenDeficiencyCountsC07() {
        absent(material("BaCo0.4Fe0.4Zr0.1Y0.1O3-δ"), "composition.neutrality-infeasible");
        only(material("BaCo0.4Fe0.4Zr0.1Y0.1O3"), "composition.neutrality-infeasible");
    }

    @Test
    void oneVariableCationHasNoResidualToReport() {
        absent(material("MnO2"), "composition.valence-residual");
    }

    @Test
    void peroxidesBalanceWithPeroxideOxygen() {
        absent(material("H2O2"), "composition.neutrality-infeasible");
        absent(material("Li2O2"), "composition.neutrality-infeasible");
    }

    @Test
    void spinelHeoReportsItsDefaultResidualAsInformation() {
        Issue issue = only(material("(CrMnFeCoNi)3O4"), "composition.valence-residual");
        assertEquals(Severity.INFO, issue.getSeverity());
        assertTrue(issue.getMessage().contains("-0.8"), issue.getMessage());
        absent(material("(CrMnFeCoNi)3O4"), "composition.neutrality-infeasible");
    }

    @Test
    void phosphideNeedingInPlusIsACovalentWarning() {
        Issue issue = only(material("InGeSiP3"), "composition.covalent-formal-charges");
        assertEquals(Severity.WARNING, issue.getSeverity());
        assertTrue(issue.getMessage().contains("In+1"), issue.getMessage());
        absent(material("GaCuZnInGeSiP6"), "composition.covalent-formal-charges");
    }

    @Test
    void captionTypoOverfillsTheCationSite() {
        Issue issue = only(material("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.2S0.9Se0.1"), "composition.site-overfilled");
        assertTrue(issue.getMessage().contains("1.14"), issue.getMessage());
        List<Issue> text = material("Cu0.88Sn0.02Sb0.02Bi0.02Mn0.02S0.9Se0.1");
        absent(text, "composition.site-overfilled");
        assertTrue(only(text, "composition.site-vacancies").getMessage().contains("0.0400"));
    }

    @Test
    void prussianBluePartnerOfE6NeedsTrivalentMetal() {
        List<Issue> issues = material("K1.47Fe0.5Mn0.5[Fe(CN)6]1.26·H2O");
        assertTrue(only(issues, "composition.pba-charge").getMessage().contains("2.75"));
        assertTrue(only(issues, "composition.pba-hexacyanide-excess").getMessage().contains("A1.17 M0.794"),
                Checks.describe(issues));
        List<Issue> white = material("K2Fe[Fe(CN)6]");
        absent(white, "composition.pba-charge");
        absent(white, "composition.pba-hexacyanide-excess");
        absent(material("Zn3[Fe(CN)6]2"), "composition.pba-hexacyanide-excess"); // y/m = 0.667
    }

    private static final String ZINC_CELL = """
            material Cathode : active { formula %s }
            cell C : battery {
                negative A { active Zn { form foil } }
                positive B { active Cathode }
                electrolyte %s { salt ZnSO4 2 mol/L }
            }
            """;

    @Test
    void trivalentManganeseInAnAqueousZincCathodeIsJahnTellerActive() {
        Issue issue = only(findings(specs, ZINC_CELL.formatted("Mn2O3", "aqueous")), "composition.jahn-teller");
        assertEquals(Severity.WARNING, issue.getSeverity());
        assertTrue(issue.getMessage().contains("+3"), issue.getMessage());
        only(findings(specs, ZINC_CELL.formatted("CuV2O6", "aqueous")), "composition.jahn-teller");
    }

    @Test
    void tetravalentManganeseOrAnOrganicElectrolyteIsNot() {
        absent(findings(specs, ZINC_CELL.formatted("MnO2", "aqueous")), "composition.jahn-teller");
        absent(findings(specs, ZINC_CELL.formatted("Mn2O3", "organic")), "composition.jahn-teller");
    }
}
