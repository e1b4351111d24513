package org.daniell.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.daniell.ide.server.DaniellLanguageServer;
import org.daniell.ide.server.DaniellServerModule;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.eclipse.xtext.testing.TextDocumentPositionConfiguration;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Module;

/**
 * Hover and inlay values over LSP, through the server the command line serves ({@link DaniellServerModule}): the
 * hover of a cell shows its key figures with their derivations below the documentation comment, and the server
 * answers textDocument/inlayHint, which Xtext's own server does not.
 */
class ComputedValuesLanguageServerTest extends AbstractLanguageServerTest {

    /** A high-entropy rock-salt oxide of seed-003-004 §7 E1: S = 1.609R, 763.9 mAh/g for 2 e-. */
    private static final String HEO = """
            /** Rock-salt high-entropy oxide. */
            material HEO : active {
                formula (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O
                electrons 2
                capacity 700 mAh/g
            }

            /** A binder: nothing to compute. */
            material Binder : binder { density 1.78 g/cm3 }
            """;

    ComputedValuesLanguageServerTest() {
        super("echem");
    }

    @BeforeEach
    @Override
    public void setup() {
        super.setup();
        root = new File("target/lsp-test-project").getAbsoluteFile();
    }

    @Override
    protected Module getServerModule() {
        return Modules2.mixin(new DaniellServerModule(), super.getServerModule());
    }

    @Test
    void theServerIsDaniellsAndAdvertisesInlayHints() {
        Assertions.assertInstanceOf(DaniellLanguageServer.class, languageServer);
        InitializeResult result = initialize();
        Assertions.assertTrue(result.getCapabilities().getInlayHintProvider().getLeft());
        Assertions.assertTrue(result.getCapabilities().getCodeActionProvider().getLeft(), "code actions are bound");
    }

    /** seed-001-002 §6 D2: N/P 5.0, 4.00 mAh/cm², 50.5 Wh/kg at the cell basis, 117.1 electrode pair, 260 material. */
    @Test
    void hoverOnACellShowsItsKeyFiguresWithUnitsAndDerivations() throws IOException {
        String text = example("zinc/ZnMnO2Fig9c.echem");
        String shown = hoverAt(text, positionOf(text, "cell ZnMnO2Fig9c", "cell ".length() + 2));
        assertTrue(shown.startsWith("The typical high-capacity Zn||MnO2 pouch"), "documentation first: " + shown);
        assertWithin(5.0, valueOf(shown, "N/P", ""), 0.02, shown);
        assertWithin(4.00, valueOf(shown, "cell areal capacity", "mAh/cm²"), 0.02, shown);
        assertWithin(50.5, valueOf(shown, "specific energy \\(cell\\)", "Wh/kg"), 0.02, shown);
        assertWithin(117.1, valueOf(shown, "specific energy \\(electrode pair\\)", "Wh/kg"), 0.02, shown);
        assertWithin(260, valueOf(shown, "specific energy \\(positive active material\\)", "Wh/kg"), 0.02, shown);
        assertTrue(shown.contains("limited by the positive electrode MnO2Cathode"), shown);
        assertTrue(shown.contains("  [areal capacity (negative) ÷ areal capacity (positive)]  (seed-001-002 §2 F3)\n"),
                "the derivation of N/P: " + shown);
        assertWithin(10.0, valueOf(shown, "E/C \\(mass\\)", "g/Ah"), 0.02, shown);
    }

    @Test
    void hoverOnAnElectrodeShowsItsCapacitiesAndLoadings() throws IOException {
        String text = example("zinc/ZnMnO2Fig9c.echem");
        String shown = hoverAt(text, positionOf(text, "positive MnO2Cathode", "positive ".length() + 1));
        assertWithin(308, valueOf(shown, "theoretical capacity of alpha\\\\_MnO2", "mAh/g"), 0.01, shown);
        assertWithin(200, valueOf(shown, "specific capacity used", "mAh/g"), 0.001, shown);
        assertWithin(20, valueOf(shown, "active loading", "mg/cm²"), 0.001, shown);
        assertWithin(4.00, valueOf(shown, "areal capacity", "mAh/cm²"), 0.02, shown);
    }

    @Test
    void hoverOnAHighEntropyMaterialShowsEntropyClassMolarMassAndTheoreticalCapacity() {
        String shown = hoverAt(HEO, positionOf(HEO, "material HEO", "material ".length() + 1));
        assertTrue(shown.startsWith("Rock-salt high-entropy oxide."), shown);
        assertWithin(1.609, valueOf(shown, "configurational entropy S\\\\_config/R", ""), 0.005, shown);
        assertTrue(shown.contains("Entropy class: high entropy"), shown);
        assertWithin(763.9, valueOf(shown, "theoretical capacity of HEO", "mAh/g"), 0.01, shown);
        assertWithin(700, valueOf(shown, "stated capacity of HEO", "mAh/g"), 0.001, shown);
        assertTrue(shown.contains("**molar mass of (Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O**"), shown);
    }

    @Test
    void hoverOnAMaterialWithNothingToComputeIsItsDocumentationOnly() {
        String shown = hoverAt(HEO, positionOf(HEO, "material Binder", "material ".length() + 1));
        Assertions.assertEquals("A binder: nothing to compute.", shown.strip());
    }

    @Test
    void inlayHintsShowNpAreaCapacityAndTheoreticalCapacity() throws Exception {
        String text = example("zinc/ZnMnO2Fig9c.echem");
        List<InlayHint> hints = inlayHints(text);
        assertHint(hints, "N/P 5.01", positionOf(text, "positive MnO2Cathode", "positive MnO2Cathode".length()));
        assertHint(hints, "≈ 4.00 mAh/cm²", positionOf(text, "loading 20 mg/cm2", "loading 20 mg/cm2".length()));
        assertHint(hints, "theoretical 308 mAh/g", positionOf(text, "capacity 200 mAh/g", "capacity 200 mAh/g".length()));
        assertFalse(hints.stream().anyMatch(h -> h.getLabel().getLeft().startsWith("S = ")),
                "no entropy class for one-species sites: " + labels(hints));
        InlayHint np = hints.stream().filter(h -> h.getLabel().getLeft().startsWith("N/P")).findFirst().orElseThrow();
        assertTrue(np.getTooltip().getRight().getValue().contains("areal capacity (negative)"), "the tooltip explains it");
    }

    @Test
    void inlayHintsShowTheEntropyClassAfterAMultiElementFormula() throws Exception {
        List<InlayHint> hints = inlayHints(HEO);
        assertHint(hints, "S = 1.61R, high entropy",
                positionOf(HEO, "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O", "(Mg0.2Co0.2Ni0.2Cu0.2Zn0.2)O".length()));
        assertHint(hints, "theoretical 764 mAh/g", positionOf(HEO, "capacity 700 mAh/g", "capacity 700 mAh/g".length()));
        Assertions.assertEquals(2, hints.size(), labels(hints));
    }

    /** A stated areal capacity is not computed, so no value follows the loading. */
    @Test
    void noComputedArealCapacityWhenTheElectrodeStatesIt() throws Exception {
        String text = """
                cell ZnMn : battery {
                    negative ZincFoil { active Zn { thickness 20 um } }
                    positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } capacity 3 mAh/cm2 }
                }
                """;
        List<InlayHint> hints = inlayHints(text);
        assertTrue(hints.stream().noneMatch(h -> h.getLabel().getLeft().startsWith("≈")), labels(hints));
        assertTrue(hints.stream().anyMatch(h -> h.getLabel().getLeft().startsWith("N/P")), labels(hints));
    }

    // --- helpers

    private String hoverAt(String text, Position position) {
        String[] shown = new String[1];
        testHover(it -> {
            at(it, text, position);
            it.setAssertHover(hover -> shown[0] = hover.getContents().getRight().getValue());
        });
        return shown[0];
    }

    private List<InlayHint> inlayHints(String text) throws InterruptedException, ExecutionException {
        TextDocumentConfiguration configuration = new TextDocumentConfiguration();
        configuration.setModel(text);
        configuration.setFilePath("MyModel." + fileExtension);
        FileInfo file = initializeContext(configuration);
        long lines = text.lines().count();
        InlayHintParams params = new InlayHintParams(new TextDocumentIdentifier(file.getUri()),
                new Range(new Position(0, 0), new Position((int) lines + 1, 0)));
        return languageServer.inlayHint(params).get();
    }

    private static void assertHint(List<InlayHint> hints, String label, Position position) {
        assertTrue(hints.stream().anyMatch(h -> h.getLabel().getLeft().equals(label) && h.getPosition().equals(position)),
                () -> label + " at " + position + " among " + hints.stream()
                        .map(h -> h.getLabel().getLeft() + "@" + h.getPosition().getLine() + ":" + h.getPosition().getCharacter())
                        .toList());
    }

    private static String labels(List<InlayHint> hints) {
        return hints.stream().map(h -> h.getLabel().getLeft()).toList().toString();
    }

    /** The number after {@code - **label**: } in a rendered sheet, followed by {@code unit}. */
    private static double valueOf(String shown, String labelPattern, String unit) {
        Matcher matcher = Pattern.compile("- \\*\\*" + labelPattern + "\\*\\*: (-?[0-9.]+)"
                + (unit.isEmpty() ? "\n" : " " + Pattern.quote(unit))).matcher(shown);
        assertTrue(matcher.find(), () -> labelPattern + " in " + unit + " in:\n" + shown);
        return Double.parseDouble(matcher.group(1));
    }

    private static void assertWithin(double expected, double actual, double relative, String shown) {
        Assertions.assertEquals(expected, actual, Math.abs(expected) * relative, shown);
    }

    private static String example(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("daniell.examples", "../../examples"), name));
    }

    private static void at(TextDocumentPositionConfiguration configuration, String text, Position position) {
        configuration.setModel(text);
        configuration.setLine(position.getLine());
        configuration.setColumn(position.getCharacter());
    }

    static Position positionOf(String text, String marker, int shift) {
        int offset = text.indexOf(marker);
        assertTrue(offset >= 0, marker);
        offset += shift;
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - (before.lastIndexOf('\n') + 1));
    }
}
