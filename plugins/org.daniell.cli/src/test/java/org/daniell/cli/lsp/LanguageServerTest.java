package org.daniell.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.eclipse.xtext.testing.TextDocumentPositionConfiguration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Daniell language services over the Language Server Protocol: Xtext's language server, found
 * through the {@code META-INF/services/org.eclipse.xtext.ISetup} of the ide jar, driven by Xtext's
 * test client. The same services as {@code LanguageServicesTest} and {@code ContentAssistTest} in
 * org.daniell.tests, seen the way an editor sees them.
 *
 * <p>The harness declares {@code assertEquals(String, String)}, which hides the static import of
 * JUnit's overloads: other equality checks call {@link Assertions#assertEquals} by its class.
 */
class LanguageServerTest extends AbstractLanguageServerTest {

    /** Well-formed cells using a documented material of their own and materials of the standard library. */
    private static final String SPEC = """
            /** Zinc rolled into a 20 um foil. */
            material Zinc : active { formula Zn }

            cell ZnMn : battery {
                negative ZincFoil { active Zn { thickness 20 um } }
                positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }
                electrolyte aqueous { salt ZnSO4 2 mol/L }
            }

            cell Own : battery {
                negative Foil { active Zinc { thickness 20 um } }
                positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }
            }
            """;

    LanguageServerTest() {
        super("echem");
    }

    /** As the harness sets up, but with the test project under target/ instead of the module folder. */
    @BeforeEach
    @Override
    public void setup() {
        super.setup();
        root = new File("target/lsp-test-project").getAbsoluteFile();
    }

    @Test
    void languageIsRegisteredFromTheIdeJar() {
        assertNotNull(languageInfo, "the server knows the .echem extension");
        Assertions.assertEquals("org.daniell.Daniell", languageInfo.getLanguageName());
    }

    @Test
    void aWellFormedCellHasNoErrors() {
        List<Diagnostic> diagnostics = diagnosticsOf(SPEC);
        assertTrue(diagnostics.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
                () -> describe(diagnostics));
    }

    @Test
    void aCellWithoutPositiveElectrodeIsReportedWithItsCode() {
        String text = """
                cell Half : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                }
                """;
        List<Diagnostic> diagnostics = diagnosticsOf(text);
        Diagnostic missing = only(diagnostics, "cell.missing-electrode");
        Assertions.assertEquals(DiagnosticSeverity.Error, missing.getSeverity());
        Assertions.assertEquals(0, missing.getRange().getStart().getLine(), "reported on the cell: " + describe(diagnostics));
    }

    @Test
    void aLoadingInMicrometresIsReportedOnTheUnit() {
        String text = """
                cell ZnMn : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                    positive Cathode { active alpha_MnO2 { loading 20 um } }
                }
                """;
        List<Diagnostic> diagnostics = diagnosticsOf(text);
        Diagnostic wrong = only(diagnostics, "units.wrong-dimension");
        Assertions.assertEquals(DiagnosticSeverity.Error, wrong.getSeverity());
        Position unit = positionOf(text, "loading 20 um", "loading 20 ".length());
        Assertions.assertEquals(new Range(unit, new Position(unit.getLine(), unit.getCharacter() + 2)), wrong.getRange(),
                describe(diagnostics));
    }

    @Test
    void completionAfterActiveOffersEachMaterialOnceByItsShortName() {
        String text = """
                material Zinc : active { formula Zn }
                cell C : battery {
                    negative A { active  }
                }
                """;
        Position cursor = positionOf(text, "active  ", "active ".length());
        testCompletion(it -> {
            at(it, text, cursor);
            it.setAssertCompletionList(list -> {
                List<String> labels = list.getItems().stream().map(CompletionItem::getLabel).toList();
                assertTrue(labels.containsAll(List.of("Zinc", "Zn", "alpha_MnO2", "Graphite", "NMC811")),
                        "the file's own material and the library's: " + labels);
                assertTrue(labels.stream().noneMatch(label -> label.startsWith("daniell.std.")),
                        "short names only: " + labels);
                assertTrue(labels.containsAll(List.of("PVDF", "H2O", "Polyethylene")),
                        "the whole library, past Xtext's default of 100 proposals: " + labels.size());
                assertFalse(list.isIncomplete());
                Map<String, Long> counts = labels.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertTrue(counts.values().stream().allMatch(count -> count == 1),
                        "each once: " + counts.entrySet().stream().filter(e -> e.getValue() > 1).toList());
            });
        });
    }

    /** A typed prefix narrows the materials and the chosen name replaces what was typed. */
    @Test
    void completionOfATypedPrefixReplacesWhatWasTyped() {
        String text = """
                cell C : battery {
                    negative A { active Poly }
                }
                """;
        Position cursor = positionOf(text, "active Poly", "active Poly".length());
        testCompletion(it -> {
            at(it, text, cursor);
            it.setAssertCompletionList(list -> {
                List<CompletionItem> materials = list.getItems().stream()
                        .filter(item -> item.getKind() == CompletionItemKind.Reference).toList();
                Assertions.assertEquals(List.of("Polyethylene", "Polypropylene"), materials.stream().map(CompletionItem::getLabel).toList());
                Range typed = new Range(new Position(cursor.getLine(), cursor.getCharacter() - 4), cursor);
                Assertions.assertEquals(typed, materials.get(0).getTextEdit().getLeft().getRange(), "replaces what was typed");
                assertFalse(list.isIncomplete());
            });
        });
    }

    @Test
    void hoverOnALibraryMaterialShowsItsDocumentation() {
        Position zn = positionOf(SPEC, "active Zn", "active ".length() + 1);
        testHover(it -> {
            at(it, SPEC, zn);
            it.setAssertHover(hover -> {
                String shown = hover.getContents().getRight().getValue();
                assertTrue(shown.contains("Zinc metal: the anode of aqueous zinc batteries"), shown);
                assertFalse(shown.contains("/**"), "the comment's text, not its markers: " + shown);
                Assertions.assertEquals(new Range(new Position(zn.getLine(), zn.getCharacter() - 1),
                        new Position(zn.getLine(), zn.getCharacter() + 1)), hover.getRange(), "the reference's range");
            });
        });
    }

    @Test
    void hoverOnAMaterialOfTheFileShowsItsDocumentation() {
        Position zinc = positionOf(SPEC, "active Zinc", "active ".length() + 2);
        testHover(it -> {
            at(it, SPEC, zinc);
            // the documentation first; the computed values of the material (ComputedValuesLanguageServerTest) follow
            it.setAssertHover(hover -> assertTrue(hover.getContents().getRight().getValue()
                    .startsWith("Zinc rolled into a 20 um foil.\n\n---\n\n"), hover.getContents().getRight().getValue()));
        });
    }

    @Test
    void documentSymbolsAreTheCellsAndTheirElectrodesBySimpleName() {
        testDocumentSymbol(it -> {
            it.setModel(SPEC);
            it.setInitializer(params -> {
                if (params.getCapabilities().getTextDocument() == null) {
                    params.getCapabilities().setTextDocument(new TextDocumentClientCapabilities());
                }
                DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
                symbols.setHierarchicalDocumentSymbolSupport(true);
                params.getCapabilities().getTextDocument().setDocumentSymbol(symbols);
            });
            it.setAssertSymbols(symbols -> {
                List<DocumentSymbol> top = symbols.stream().map(Either::getRight).toList();
                Assertions.assertEquals(List.of("Zinc", "ZnMn", "Own"), top.stream().map(DocumentSymbol::getName).toList());
                Assertions.assertEquals(List.of(SymbolKind.Constant, SymbolKind.Class, SymbolKind.Class),
                        top.stream().map(DocumentSymbol::getKind).toList());
                DocumentSymbol cell = top.get(1);
                Assertions.assertEquals(List.of("ZincFoil", "Cathode", "electrolyte (aqueous)"),
                        cell.getChildren().stream().map(DocumentSymbol::getName).toList());
                Assertions.assertEquals(List.of(SymbolKind.Object, SymbolKind.Object, SymbolKind.Struct),
                        cell.getChildren().stream().map(DocumentSymbol::getKind).toList());
                Position name = positionOf(SPEC, "cell ZnMn", "cell ".length());
                Assertions.assertEquals(new Range(name, new Position(name.getLine(), name.getCharacter() + 4)),
                        cell.getSelectionRange(), "the name is what the editor selects");
                Assertions.assertEquals(new Position(name.getLine(), 0), cell.getRange().getStart());
                Assertions.assertEquals(new Position(name.getLine() + 4, 1), cell.getRange().getEnd(), "the whole block");
            });
        });
    }

    @Test
    void formattingPutsOneStatementPerLine() {
        testFormatting(params -> params.setOptions(new FormattingOptions(4, true)), it -> {
            it.setModel("""
                    cell ZnMn:battery{negative ZincFoil{active Zn{thickness 20um}} positive Cathode{active alpha_MnO2{loading 20 mg/cm2}}}
                    """);
            it.setExpectedText("""
                    cell ZnMn : battery {
                        negative ZincFoil {
                            active Zn {
                                thickness 20 um
                            }
                        }
                        positive Cathode {
                            active alpha_MnO2 {
                                loading 20 mg/cm2
                            }
                        }
                    }
                    """);
        });
    }

    @Test
    void multiLineBlocksFold() {
        testFolding(it -> {
            it.setModel("""
                    cell ZnMn : battery {
                        negative ZincFoil {
                            active Zn { thickness 20 um }
                        }
                        positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }
                    }
                    """);
            // The cell (lines 0-5) and the electrode written over three lines; one-line blocks do not fold.
            it.setExpectedFoldings("""
                    [null 0..5]
                    [null 1..3]
                    """);
        });
    }

    @Test
    void definitionOfAMaterialOfTheFileIsItsDeclaration() {
        Position reference = positionOf(SPEC, "active Zinc", "active ".length() + 1);
        Position declaration = positionOf(SPEC, "material Zinc", "material ".length());
        testDefinition(it -> {
            at(it, SPEC, reference);
            it.setAssertDefinitions(locations -> {
                Assertions.assertEquals(1, locations.size(), locations.toString());
                Location location = locations.get(0);
                assertTrue(location.getUri().endsWith("/MyModel.echem"), location.getUri());
                Assertions.assertEquals(new Range(declaration, new Position(declaration.getLine(), declaration.getCharacter() + 4)),
                        location.getRange());
            });
        });
    }

    @Test
    void definitionOfALibraryMaterialIsInTheLibraryFile() {
        Position reference = positionOf(SPEC, "active Zn", "active ".length() + 1);
        testDefinition(it -> {
            at(it, SPEC, reference);
            it.setAssertDefinitions(locations -> {
                Assertions.assertEquals(1, locations.size(), locations.toString());
                Location location = locations.get(0);
                assertTrue(location.getUri().endsWith("library/metals.echem"), location.getUri());
                // 'material Zn : active {' is line 44 of metals.echem (line 43 counted from 0), the name after 'material '.
                Assertions.assertEquals(new Range(new Position(43, 9), new Position(43, 11)), location.getRange(),
                        location.toString());
            });
        });
    }

    // --- helpers

    /** Opens {@code text} as the test file and returns what the server published for it. */
    private List<Diagnostic> diagnosticsOf(String text) {
        TextDocumentConfiguration configuration = new TextDocumentConfiguration();
        configuration.setModel(text);
        configuration.setFilePath("MyModel." + fileExtension);
        FileInfo file = initializeContext(configuration);
        List<Diagnostic> diagnostics = getDiagnostics().get(file.getUri());
        assertNotNull(diagnostics, () -> "diagnostics published for " + file.getUri() + ": " + getDiagnostics().keySet());
        return diagnostics;
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> withCode = diagnostics.stream()
                .filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
        Assertions.assertEquals(1, withCode.size(), () -> code + " once among " + describe(diagnostics));
        return withCode.get(0);
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + " "
                        + d.getSeverity() + " " + (d.getCode() == null ? null : d.getCode().get()) + " " + d.getMessage())
                .collect(Collectors.joining("\n", "[\n", "\n]"));
    }

    private static void at(TextDocumentPositionConfiguration configuration, String text, Position position) {
        configuration.setModel(text);
        configuration.setLine(position.getLine());
        configuration.setColumn(position.getCharacter());
    }

    /** The position {@code shift} characters after the first occurrence of {@code marker}. */
    private static Position positionOf(String text, String marker, int shift) {
        int offset = text.indexOf(marker);
        assertTrue(offset >= 0, marker);
        offset += shift;
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - (before.lastIndexOf('\n') + 1));
    }
}
