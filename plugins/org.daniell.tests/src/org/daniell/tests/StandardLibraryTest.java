package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.daniell.library.StandardLibrary;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Material;
import org.daniell.model.design.Specification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The standard library is visible everywhere without an import, and the file's own names come first. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class StandardLibraryTest {

    @Inject
    private ParseHelper<Specification> parseHelper;

    @Inject
    private ValidationTestHelper validationHelper;

    @Inject
    private StandardLibrary library;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Test
    void libraryMaterialsResolveWithoutAnImport() throws Exception {
        Specification spec = parseHelper.parse("""
                cell C : battery { negative A { active Zn; } positive B { active daniell.std.alpha_MnO2; } }
                """);
        validationHelper.assertNoErrors(spec);
        Material zinc = activeMaterial(spec, 0);
        assertEquals("Zn", zinc.getFormula());
        assertTrue(library.isLibrary(zinc.eResource().getURI()), zinc.eResource().getURI().toString());
        assertEquals("MnO2", activeMaterial(spec, 1).getFormula());
    }

    @Test
    void aFilesOwnDefinitionShadowsTheLibrary() throws Exception {
        Specification spec = parseHelper.parse("""
                material Zn : active { formula ZnO }
                cell C : battery { negative A { active Zn; } positive B { active alpha_MnO2; } }
                """);
        validationHelper.assertNoErrors(spec);
        assertEquals("ZnO", activeMaterial(spec, 0).getFormula());
    }

    @Test
    void namesResolveAcrossFilesThroughImports() throws Exception {
        XtextResourceSet resourceSet = resourceSets.get();
        parseHelper.parse("""
                package lab.materials
                material DopedMnO2 : active { formula Mn0.95Ni0.05O2 }
                """, URI.createURI("memory:/materials.echem"), resourceSet);
        Specification cells = parseHelper.parse("""
                package lab.cells
                import lab.materials.*
                cell C : battery { negative A { active Zn; } positive B { active DopedMnO2; } }
                """, URI.createURI("memory:/cells.echem"), resourceSet);
        validationHelper.assertNoErrors(cells);
        assertEquals("Mn0.95Ni0.05O2", activeMaterial(cells, 1).getFormula());
    }

    @Test
    void everyLibraryFileParsesAndValidates() {
        List<URI> files = library.fileUris();
        assertFalse(files.isEmpty());
        XtextResourceSet resourceSet = resourceSets.get();
        for (URI uri : files) {
            Resource resource = resourceSet.getResource(uri, true);
            assertEquals(List.of(), resource.getErrors(), uri + " has syntax errors");
            EcoreUtil.resolveAll(resource);
            List<Issue> issues = validationHelper.validate(resource.getContents().get(0));
            assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList(),
                    uri + " has errors");
        }
    }

    @Test
    void libraryHasAtLeastSixtyMaterialsEachWithASource() {
        XtextResourceSet resourceSet = resourceSets.get();
        List<Material> materials = new ArrayList<>();
        for (URI uri : library.fileUris()) {
            Specification spec = (Specification) resourceSet.getResource(uri, true).getContents().get(0);
            spec.getElements().stream().filter(Material.class::isInstance).map(Material.class::cast).forEach(materials::add);
        }
        assertTrue(materials.size() >= 60, "the library has only " + materials.size() + " materials");
        List<String> unsourced = materials.stream().filter(m -> m.getSources().isEmpty()).map(Material::getName).toList();
        assertEquals(List.of(), unsourced, "library materials without a source");
        List<String> names = materials.stream().map(Material::getName).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate material names in the library: " + names);
    }

    @Test
    void libraryExportsItsMaterialsUnderOnePackage() {
        assertTrue(library.exportedObjects().stream()
                .allMatch(d -> d.getQualifiedName().startsWith(StandardLibrary.PACKAGE)));
        assertTrue(library.exportedObjects().stream().anyMatch(d -> d.getQualifiedName().toString().equals("daniell.std.Zn")));
    }

    private static Material activeMaterial(Specification spec, int electrode) {
        Cell cell = (Cell) spec.getElements().stream().filter(Cell.class::isInstance).findFirst().orElseThrow();
        return ((ActiveComponent) cell.getElectrodes().get(electrode).getComponents().get(0)).getMaterial();
    }
}
