package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.daniell.model.design.Specification;
import org.daniell.model.issues.IssueCatalogue;
import org.daniell.model.issues.IssueCode;
import org.daniell.model.issues.LanguageIssues;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Formulas, ions, reactions, references and units as the chemistry kernel reads them, with exact positions. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class NotationValidatorTest {

    @Inject
    private ParseHelper<Specification> parseHelper;

    @Inject
    private ValidationTestHelper validationHelper;

    @Test
    void cleanNotationGivesNoFinding() throws Exception {
        assertEquals(List.of(), issues("""
                material Doped : active {
                    formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O
                    carriers Li[+], Na[+]
                    density 5.8 g/cm3
                    potential 0.5 V to 1.5 V vs Li+/Li
                }
                cell C : battery {
                    negative A { active Zn { thickness 20 um } reaction Zn -> Zn[2+] + 2 e- }
                    positive B { active alpha_MnO2 { loading 20 mg/cm2; fraction 70 % } }
                    electrolyte aqueous { salt ZnSO4 2 mol/L; amount 10 uL/mAh; window 0 V to 2.0 V vs Zn[2+]/Zn }
                    claims { energy 50 Wh/kg basis cell; retention 80 % after 300 cycles; cycles 300 }
                }
                """));
    }

    @Test
    void malformedFormulaPointsAtTheCharacter() throws Exception {
        String text = "material M : active { formula Li(CoO2 }\n";
        Issue issue = single(text, LanguageIssues.NOTATION_FORMULA);
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertEquals(text.indexOf("(CoO2"), issue.getOffset().intValue(), issue.getMessage());
    }

    @Test
    void groupWithoutAmountsIsReadWithAStatedAssumption() throws Exception {
        Issue issue = single("material M : active { formula (CrMnFeCoNi)3O4 }\n", LanguageIssues.NOTATION_FORMULA_ASSUMPTION);
        assertEquals(Severity.WARNING, issue.getSeverity());
    }

    @Test
    void carrierNeedsACharge() throws Exception {
        String text = "material M : active { formula MnO2; carriers Zn[2+], Zn }\n";
        Issue issue = single(text, LanguageIssues.NOTATION_ION_WITHOUT_CHARGE);
        assertEquals(text.lastIndexOf("Zn"), issue.getOffset().intValue());
        assertEquals("'Zn' is written without a charge; an ion needs one, e.g. Zn[2+] or SO4[2-].", issue.getMessage());
    }

    @Test
    void unreadableReactionIsReported() throws Exception {
        single("""
                cell C : battery {
                    negative A { active Zn; reaction Zn -> -> Zn[2+] }
                    positive B { active alpha_MnO2; }
                }
                """, LanguageIssues.NOTATION_REACTION);
    }

    @Test
    void unknownReferenceElectrodeIsReported() throws Exception {
        Issue issue = single("material M : active { formula MnO2; potential 1.3 V vs Zinc }\n",
                LanguageIssues.NOTATION_UNKNOWN_REFERENCE);
        assertEquals(true, issue.getMessage().startsWith("'Zinc' is not a reference electrode Daniell knows; use one of SHE"),
                issue.getMessage());
    }

    @Test
    void unreadableUnitIsReported() throws Exception {
        String text = "cell C : battery { negative A { active Zn { thickness 20 umm } } positive B { active alpha_MnO2; } }\n";
        Issue issue = single(text, LanguageIssues.UNITS_SYNTAX);
        assertEquals(text.indexOf("umm"), issue.getOffset().intValue());
    }

    @Test
    void unitOfTheWrongDimensionIsReported() throws Exception {
        String text = "cell C : battery { negative A { active Zn { loading 20 um } } positive B { active alpha_MnO2; } }\n";
        Issue issue = single(text, LanguageIssues.UNITS_WRONG_DIMENSION);
        assertEquals(text.indexOf("um }"), issue.getOffset().intValue());
        assertEquals("'um' cannot measure this; expected areal loading (mg/cm²).", issue.getMessage());
    }

    @Test
    void missingUnitIsReported() throws Exception {
        Issue issue = single("cell C : battery { negative A { active Zn; thickness 85 } positive B { active alpha_MnO2; } }\n",
                LanguageIssues.UNITS_MISSING);
        assertEquals("This number needs a unit: length (µm).", issue.getMessage());
    }

    @Test
    void countTakesNoUnit() throws Exception {
        single("cell C : battery { negative A { active Zn; } positive B { active alpha_MnO2; } claims { cycles 300 h } }\n",
                LanguageIssues.UNITS_UNEXPECTED);
    }

    private List<Issue> issues(String text) throws Exception {
        Specification spec = parseHelper.parse(text);
        assertEquals(List.of(), spec.eResource().getErrors(), "the test text parses");
        // the notation checks only: the design validators' findings on the same text are tested in their topics
        List<org.daniell.model.issues.IssueCode> language = org.daniell.model.issues.IssueCatalogue
                .declaredIn(LanguageIssues.class);
        return validationHelper.validate(spec).stream()
                .filter(i -> org.daniell.model.issues.IssueCatalogue.find(i.getCode()).map(language::contains).orElse(true))
                .toList();
    }

    private Issue single(String text, org.daniell.model.issues.IssueCode code) throws Exception {
        List<Issue> issues = issues(text);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(code.id(), issues.get(0).getCode(), issues.toString());
        return issues.get(0);
    }
}
