package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.daniell.ide.DaniellIdeSetup;
import org.daniell.ide.highlighting.HighlightingStyles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Highlighting, outline symbols and folding from the ide services the language server and Eclipse share. */
class LanguageServicesTest {

    private static final String SPEC = """
            package demo

            /** A Zn||MnO2 cell. */
            cell ZnMn : battery {
                negative ZincFoil {
                    active Zn { thickness 20 um }
                    reaction Zn -> Zn[2+] + 2 e-
                }
                positive Cathode {
                    active alpha_MnO2 { loading 20 mg/cm2 }
                    potential 1.3 V vs Zn[2+]/Zn
                }
                electrolyte aqueous { salt ZnSO4 2 mol/L }
            }
            """;

    private static Injector injector;

    @BeforeAll
    static void setUp() {
        injector = new DaniellIdeSetup().createInjectorAndDoEMFRegistration();
    }

    @Test
    void highlightsNumbersUnitsReactionsReferencesAndMaterials() throws Exception {
        XtextResource resource = parse(SPEC);
        List<String> marked = new ArrayList<>();
        injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, styles) -> marked.add(SPEC.substring(offset, offset + length) + "=" + String.join(",", styles)),
                CancelIndicator.NullImpl);
        assertTrue(marked.containsAll(List.of(
                "20=" + HighlightingStyles.NUMBER,
                "um=" + HighlightingStyles.UNIT,
                "mg/cm2=" + HighlightingStyles.UNIT,
                "Zn -> Zn[2+] + 2 e-=" + HighlightingStyles.REACTION,
                "Zn[2+]/Zn=" + HighlightingStyles.REFERENCE_ELECTRODE,
                "alpha_MnO2=" + HighlightingStyles.MATERIAL_REFERENCE,
                "ZnSO4=" + HighlightingStyles.MATERIAL_REFERENCE)), marked.toString());
    }

    @Test
    void outlineShowsTheCellAndItsPartsByTheirOwnNames() throws Exception {
        List<DocumentSymbol> symbols = injector.getInstance(HierarchicalDocumentSymbolService.class)
                .getSymbols(parse(SPEC), CancelIndicator.NullImpl);
        assertEquals(1, symbols.size());
        DocumentSymbol cell = symbols.get(0);
        assertEquals("ZnMn", cell.getName());
        assertEquals(SymbolKind.Class, cell.getKind());
        assertEquals(List.of("ZincFoil", "Cathode", "electrolyte (aqueous)"),
                cell.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of(SymbolKind.Object, SymbolKind.Object, SymbolKind.Struct),
                cell.getChildren().stream().map(DocumentSymbol::getKind).toList());
    }

    @Test
    void blocksFold() throws Exception {
        SortedSet<FoldingRange> ranges = injector.getInstance(IFoldingRangeProvider.class)
                .getFoldingRanges(parse(SPEC), CancelIndicator.NullImpl);
        List<Integer> startLines = new ArrayList<>();
        for (FoldingRange range : ranges) {
            startLines.add(SPEC.substring(0, range.getOffset()).split("\n", -1).length);
        }
        assertTrue(startLines.containsAll(List.of(4, 5, 9)), "cell and electrode blocks fold: " + startLines);
    }

    private static XtextResource parse(String text) throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/services.echem"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        return resource;
    }
}
