package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.DeviceClass;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.ElectrodeRole;
import org.daniell.model.design.Specification;
import org.daniell.model.issues.LanguageIssues;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class SpecificationParsingTest {

    @Inject
    private ParseHelper<Specification> parseHelper;

    @Inject
    private ValidationTestHelper validationHelper;

    @Test
    void parsesACellIntoTheDesignModel() throws Exception {
        Specification spec = parseHelper.parse("""
                package demo
                material MyZinc : active { formula Zn }
                cell ZnMnO2 : battery {
                    negative Anode { active MyZinc { thickness 20 um } }
                    positive Cathode {
                        active alpha_MnO2 { loading 20 mg/cm2 }
                        reaction MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2
                    }
                }
                """);
        validationHelper.assertNoErrors(spec);

        assertEquals("demo", spec.getName());
        Cell cell = (Cell) spec.getElements().get(1);
        assertEquals(DeviceClass.BATTERY, cell.getDeviceClass());
        assertEquals(List.of(ElectrodeRole.NEGATIVE, ElectrodeRole.POSITIVE),
                cell.getElectrodes().stream().map(Electrode::getRole).toList());
        Electrode cathode = cell.getElectrodes().get(1);
        ActiveComponent active = (ActiveComponent) cathode.getComponents().get(0);
        assertEquals("MnO2", active.getMaterial().getFormula(), "alpha_MnO2 resolves into the standard library");
        assertEquals(0, new BigDecimal("20").compareTo(active.getLoading().getValue()));
        assertEquals("mg/cm2", active.getLoading().getUnit(), "units are kept as written");
        assertEquals("MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2", cathode.getReactions().get(0).getText());
    }

    @Test
    void reportsASyntaxErrorWithItsLine() throws Exception {
        Specification spec = parseHelper.parse("""
                cell Broken : battery {
                    negative Anode { active Zn { thickness 20 um } }
                    positive Cathode { active }
                }
                """);
        Resource.Diagnostic error = spec.eResource().getErrors().get(0);
        assertEquals(3, error.getLine(), "the error is on the line with the incomplete 'active'");
        assertTrue(error.getMessage().contains("a name"), error.getMessage());
    }

    @Test
    void aBrokenLineDoesNotHideTheRest() throws Exception {
        Specification spec = parseHelper.parse("""
                cell First : battery {
                    negative N {
                        active Zn { thickness um }
                    }
                    positive P { active alpha_MnO2; }
                }
                cell Later : battery { negative N { active Zn; } positive P { active alpha_MnO2; } }
                """);
        assertEquals(1, spec.eResource().getErrors().size(), spec.eResource().getErrors().toString());
        assertEquals(3, spec.eResource().getErrors().get(0).getLine());
        Cell first = (Cell) spec.getElements().get(0);
        assertEquals(2, first.getElectrodes().size(), "the positive electrode after the broken line is kept");
        assertEquals("Later", spec.getElements().get(1).getName(), "the next cell is kept");
    }

    @Test
    void reportsAnUnresolvedMaterialWithTheClosestNames() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery {
                    negative A { active Graphit; }
                    positive B { active NMC811; }
                }
                """);
        validationHelper.assertError(spec, DesignPackage.Literals.ACTIVE_COMPONENT,
                org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC,
                "No material named 'Graphit' is known here; did you mean Graphite");
    }

    @Test
    void aCellNeedsBothElectrodes() throws Exception {
        Specification spec = parseHelper.parse("""
                cell HalfOnly : battery {
                    anode Anode { active Zn; }
                }
                """);
        validationHelper.assertError(spec, DesignPackage.Literals.CELL, LanguageIssues.CELL_MISSING_ELECTRODE.id(),
                "Cell 'HalfOnly' has no positive electrode.");
        assertEquals(1, validationHelper.validate(spec).size());
    }

    @Test
    void aCellInheritsTheElectrodesOfItsBase() throws Exception {
        Specification spec = parseHelper.parse("""
                cell Base : battery {
                    negative A { active Zn; }
                    positive B { active alpha_MnO2; }
                }
                cell Variant extends Base : battery {
                    electrolyte aqueous { salt ZnSO4 3 mol/L }
                }
                """);
        validationHelper.assertNoErrors(spec);
    }

    @Test
    void twoDefinitionsWithOneNameAreReported() throws Exception {
        Specification spec = parseHelper.parse("""
                material Foo : active { formula MnO2 }
                material Foo : active { formula ZnO }
                """);
        List<org.eclipse.xtext.validation.Issue> issues = validationHelper.validate(spec);
        assertEquals(2, issues.size(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> i.getMessage().contains("Duplicate")), issues.toString());
    }

    @Test
    void shortFormsResearchersWrite() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery {
                    negative A { active Zn }
                    positive B { active NMC811 96 % conductive SuperP 2 % binder PVDF 2 % }
                    electrolyte aqueous { salt ZnSO4 2 mol/L; additive MnSO4 1 at% }
                }
                """);
        validationHelper.assertNoErrors(spec);
        Cell cell = (Cell) spec.getElements().get(0);
        assertEquals("%", ((ActiveComponent) cell.getElectrodes().get(1).getComponents().get(0)).getFraction().getUnit());
        assertEquals("at%", cell.getElectrolyte().getConstituents().get(1).getAmount().getUnit());
    }

    @Test
    void onlyDocumentationCommentsDocument() throws Exception {
        Specification spec = parseHelper.parse("""
                /* a file header, not documentation */
                material Plain : active { formula ZnO }
                /** Documented. */
                material Documented : active { formula MnO2 }
                """);
        org.eclipse.xtext.documentation.IEObjectDocumentationProvider docs = documentation;
        assertEquals(null, docs.getDocumentation(spec.getElements().get(0)));
        assertEquals("Documented.", docs.getDocumentation(spec.getElements().get(1)));
    }

    @Test
    void porousElectrodeParametersWithScientificNotation() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery {
                    negative A {
                        active Graphite { fraction 75 % }
                        particle {
                            radius 5.86 um
                            diffusivity 3.3e-14 m2/s
                            max_concentration 33133 mol/m3
                            stoichiometry 0.0279 to 0.9014
                        }
                        conductivity 215 S/m
                        bruggeman 1.5
                        rate_constant 6.48e-7 A/m2
                    }
                    positive B { active NMC811 }
                    electrolyte organic { salt LiPF6 1 mol/L; diffusivity 1.769E-10 m2/s; transference 0.2594 }
                    separator Polypropylene { thickness 12 um; porosity 47 %; bruggeman 1.5 }
                }
                """);
        validationHelper.assertNoErrors(spec);
        Cell cell = (Cell) spec.getElements().get(0);
        Electrode negative = cell.getElectrodes().get(0);
        assertEquals(0, new BigDecimal("3.3e-14").compareTo(negative.getParticle().getDiffusivity().getValue()));
        assertEquals("m2/s", negative.getParticle().getDiffusivity().getUnit());
        assertEquals(0, new BigDecimal("0.9014").compareTo(negative.getParticle().getStoichiometryUpper()));
        assertEquals(0, new BigDecimal("1.769e-10").compareTo(cell.getElectrolyte().getDiffusivity().getValue()));
    }

    @Test
    void aDiffusivityInTheWrongUnitIsReported() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery {
                    negative A { active Graphite; particle { diffusivity 3.3e-14 m/s } }
                    positive B { active NMC811 }
                }
                """);
        validationHelper.assertError(spec, DesignPackage.Literals.QUANTITY,
                org.daniell.model.issues.LanguageIssues.UNITS_WRONG_DIMENSION.id(), "'m/s' cannot measure this");
    }

    @Test
    void aCompartmentHoldsOnlyElectrodesOfItsOwnCell() throws Exception {
        Specification spec = parseHelper.parse("""
                electrode Elsewhere { active Zn }
                cell FC : fuel_cell {
                    negative Anode { active Zn }
                    positive Cathode { active alpha_MnO2 }
                    compartment anolyte { holds Anode }
                    compartment catholyte { holds Elsewhere }
                    membrane M : cation_exchange between anolyte and catholyte
                }
                """);
        List<org.eclipse.xtext.validation.Issue> issues = validationHelper.validate(spec);
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).getMessage().startsWith("No electrode named 'Elsewhere' is known here"), issues.toString());
    }

    @Test
    void anElectrodeWithoutContentIsFlaggedWithTheExtendsHint() throws Exception {
        Specification spec = parseHelper.parse("""
                electrode ZincFoil { active Zn { form foil; thickness 20 um } }
                cell C : battery {
                    negative ZincFoil;
                    positive Cathode { active alpha_MnO2 }
                    electrolyte ZnSulfate;
                }
                """);
        validationHelper.assertWarning(spec, DesignPackage.Literals.ELECTRODE,
                org.daniell.model.issues.LanguageIssues.EMPTY_ELECTRODE.id(),
                "Electrode 'ZincFoil' says nothing about what it is made of; to use an electrode defined elsewhere, "
                        + "write 'negative ZincFoil extends OtherElectrode'.");
        validationHelper.assertWarning(spec, DesignPackage.Literals.ELECTROLYTE,
                org.daniell.model.issues.LanguageIssues.EMPTY_ELECTROLYTE.id());
        assertEquals(2, validationHelper.validate(spec).size());
    }

    @Test
    void aStatementWrittenTwiceIsFlagged() throws Exception {
        String text = """
                cell C : battery {
                    negative A { active Zn { loading 20 mg/cm2; loading 25 mg/cm2 } }
                    positive B { active alpha_MnO2 }
                }
                """;
        Specification spec = parseHelper.parse(text);
        List<org.eclipse.xtext.validation.Issue> issues = validationHelper.validate(spec);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(org.daniell.model.issues.LanguageIssues.STATEMENT_REPEATED.id(), issues.get(0).getCode());
        assertEquals("'loading' is written 2 times here; only the last value counts.", issues.get(0).getMessage());
        assertEquals(text.indexOf("25 mg/cm2"), issues.get(0).getOffset().intValue());
    }

    @Inject
    private org.eclipse.xtext.documentation.IEObjectDocumentationProvider documentation;
}
