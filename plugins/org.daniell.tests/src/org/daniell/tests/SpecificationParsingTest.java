package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.daniell.model.design.ActiveMaterial;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.DeviceKind;
import org.daniell.model.design.ElectrodeRole;
import org.daniell.model.design.Material;
import org.daniell.model.design.Specification;
import org.daniell.validation.IssueCodes;
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
                material Zinc { formula "Zn" }
                material AlphaMnO2 { formula "MnO2" }
                cell ZnMnO2 : battery {
                    negative Anode { active Zinc { thickness 20 um } }
                    positive Cathode { active AlphaMnO2 { loading 20 mg/cm2 } }
                }
                """);
        validationHelper.assertNoErrors(spec);

        assertEquals("demo", spec.getName());
        Cell cell = (Cell) spec.getElements().get(2);
        assertEquals(DeviceKind.BATTERY, cell.getKind());
        assertEquals(List.of(ElectrodeRole.NEGATIVE, ElectrodeRole.POSITIVE),
                cell.getElectrodes().stream().map(e -> e.getRole()).toList());
        ActiveMaterial cathode = cell.getElectrodes().get(1).getActiveMaterials().get(0);
        Material mno2 = cathode.getMaterial();
        assertEquals("MnO2", mno2.getFormula(), "the cross-reference resolves to the declared material");
        assertEquals(0, new BigDecimal("20").compareTo(cathode.getProperties().get(0).getQuantity().getValue()));
        assertEquals("mg/cm2", cathode.getProperties().get(0).getQuantity().getUnit(), "units are kept as written");
    }

    @Test
    void reportsASyntaxErrorWithItsLine() throws Exception {
        Specification spec = parseHelper.parse("""
                material Zinc { formula "Zn" }
                cell Broken : battery {
                    negative Anode { active Zinc { thickness 20 um } }
                    positive Cathode { active }
                }
                """);
        Resource.Diagnostic error = spec.eResource().getErrors().get(0);
        assertEquals(4, error.getLine(), "the error is on the line with the incomplete 'active'");
        assertTrue(error.getMessage().contains("}"), error.getMessage());
    }

    @Test
    void reportsAnUnresolvedMaterial() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery {
                    negative A { active Lithium; }
                    positive B { active Lithium; }
                }
                """);
        validationHelper.assertError(spec, DesignPackage.Literals.ACTIVE_MATERIAL,
                org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, "Lithium");
    }

    @Test
    void aCellNeedsBothElectrodes() throws Exception {
        Specification spec = parseHelper.parse("""
                material Zinc { formula "Zn" }
                cell HalfOnly : battery {
                    negative Anode { active Zinc; }
                }
                """);
        validationHelper.assertError(spec, DesignPackage.Literals.CELL, IssueCodes.CELL_MISSING_ELECTRODE.code(),
                "Cell 'HalfOnly' has no positive electrode.");
        assertEquals(1, validationHelper.validate(spec).size());
    }
}
