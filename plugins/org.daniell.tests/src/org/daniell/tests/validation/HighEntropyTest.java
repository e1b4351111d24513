package org.daniell.tests.validation;

import static org.daniell.tests.validation.Checks.absent;
import static org.daniell.tests.validation.Checks.findings;
import static org.daniell.tests.validation.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.chem.composition.ConfigurationalEntropy;
import org.daniell.chem.composition.EntropyClass;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Entropy class against the label and the 5–35 at% definition (seed-003-004 §1.1, §7 E1, E2, E4, E6, E8, E9, E14, E15). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class HighEntropyTest {

    @Inject
    private Specs specs;

    private List<Issue> labelled(String formula, String label) {
        return findings(specs, "material M : active { formula " + formula + "; entropy " + label + " }");
    }

    @Test
    void worked_entropies_of_section_7() {
        assertEntropy(1.609, EntropyClass.HIGH, "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O");          // E1
        assertEntropy(1.609, EntropyClass.HIGH, "(CrMnFeCoNi)3O4");                       // E2
        assertEntropy(1.099, EntropyClass.MEDIUM, "(InGeSi)3P3");                         // E4
        assertEntropy(1.010, EntropyClass.MEDIUM, "Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3");        // E6
        assertEntropy(1.609, EntropyClass.HIGH, "NaCu0.2Ni0.2Fe0.2Mn0.2Ti0.2O2");         // E8
        assertEntropy(0.7245, EntropyClass.LOW, "LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2"); // E9
        assertEntropy(1.386, EntropyClass.MEDIUM, "(CrNiMnFe)3O4");                       // E14
        assertEntropy(1.426, EntropyClass.MEDIUM, "(Mg0.35Co0.35Ni0.1Cu0.1Zn0.1)O");      // E15
    }

    private static void assertEntropy(double expected, EntropyClass expectedClass, String formula) {
        var report = ConfigurationalEntropy.of(ChemicalFormula.of(formula));
        assertEquals(expected, report.inUnitsOfR(), expected * 0.002, formula);
        assertEquals(expectedClass, report.entropyClass(), formula);
    }

    @Test
    void telluride_labelled_high_computes_medium() {
        Issue issue = only(labelled("Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3", "high"), "entropy.class-mismatch");
        assertEquals(Severity.WARNING, issue.getSeverity());
        assertTrue(issue.getMessage().contains("1.010R") && issue.getMessage().contains("medium"), issue.getMessage());
    }

    @Test
    void matching_labels_are_silent() {
        List<Issue> issues = labelled("(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O", "high");
        absent(issues, "entropy.class-mismatch");
        absent(issues, "entropy.principal-elements");
        absent(issues, "entropy.definitions-disagree");
        absent(labelled("(CrNiMnFe)3O4", "medium"), "entropy.class-mismatch");
        absent(labelled("(CrNiMnFeCo)3O4", "high"), "entropy.class-mismatch");
    }

    @Test
    void he_lnmo_is_low_and_fails_the_composition_definition() {
        List<Issue> issues = labelled("LiNi0.8Mn0.13Ti0.02Mg0.02Nb0.01Mo0.02O2", "high");
        assertTrue(only(issues, "entropy.class-mismatch").getMessage().contains("0.725R"));
        Issue definition = only(issues, "entropy.principal-elements");
        assertTrue(definition.getMessage().contains("above 35 %: Ni"), definition.getMessage());
    }

    @Test
    void definitions_disagree_for_35_35_10_10_10() {
        List<Issue> issues = labelled("(Mg0.35Co0.35Ni0.1Cu0.1Zn0.1)O", "medium");
        assertEquals(Severity.INFO, only(issues, "entropy.definitions-disagree").getSeverity());
        absent(issues, "entropy.class-mismatch");
    }

    @Test
    void an_ordered_formula_shows_no_mixing_site() {
        only(labelled("InGeSiP3", "medium"), "entropy.no-mixing-site");
        absent(labelled("(InGeSi)3P3", "medium"), "entropy.no-mixing-site");
    }

    @Test
    void quick_fix_declares_the_computed_class() {
        String text = "material T : active {\n    formula Sb1.4Bi0.2Sn0.2Co0.1Mn0.1Te3\n    entropy high\n}\n";
        assertEquals(text.replace("entropy high", "entropy medium"),
                Checks.applyFix(specs, text, "entropy.class-mismatch", "Declare the computed class: entropy medium"));
    }
}
