package org.daniell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaniellCliTest {

    private record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DaniellCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheTool() {
        Result result = run("--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("daniell "), result.out());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Result result = run("--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("validate"), result.out());
        assertTrue(result.out().contains("2   usage or input/output error"), result.out());
    }

    @Test
    void bundledExamplesAreClean() {
        Path examples = Path.of(System.getProperty("daniell.examples", "../../examples"));
        Result result = run("validate", examples.toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().matches("(?s).*\\d+ files checked: 0 errors, \\d+ warnings?, \\d+ info\\s*"), result.out());
    }

    @Test
    void syntaxErrorIsPrintedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("Broken.echem");
        String brokenLine = "    positive Cathode { active 42 }";
        Files.writeString(spec, """
                cell Broken : battery {
                    negative Anode { active Zn; }
                %s
                }
                """.formatted(brokenLine));
        Result result = run("validate", dir.toString());
        assertEquals(1, result.exitCode(), result.out());
        int column = brokenLine.indexOf("42") + 1;
        assertEquals(spec + ":3:" + column + " error syntax missing a name at '42'", result.outLines().get(0));
        assertTrue(result.outLines().stream().allMatch(line -> line.contains(" error syntax ") || line.contains(" checked: ")
                        || line.contains(": cell ")),
                "no finding repeats the syntax error: " + result.out());
    }

    @Test
    void validationFindingCarriesItsCode(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("Half.echem");
        Files.writeString(spec, """
                cell Half : battery {
                    negative Anode { active Zn; }
                }
                """);
        Result result = run("validate", spec.toString());
        assertEquals(1, result.exitCode());
        assertEquals(spec + ":1:6 error cell.missing-electrode Cell 'Half' has no positive electrode.",
                result.outLines().get(0));
    }

    @Test
    void unitErrorPointsAtTheUnit(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("Loading.echem");
        Files.writeString(spec, """
                cell C : battery {
                    negative A { active Zn; }
                    positive B { active alpha_MnO2 { loading 20 um } }
                }
                """);
        Result result = run("validate", spec.toString());
        assertEquals(1, result.exitCode());
        assertEquals(spec + ":3:49 error units.wrong-dimension 'um' cannot measure this; expected areal loading (mg/cm²).",
                result.outLines().get(0));
    }

    @Test
    void referencesResolveAcrossTheFilesGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Materials.echem"), """
                package lib
                material Zinc : active { formula Zn }
                material Manganese : active { formula MnO2 }
                """);
        Files.writeString(dir.resolve("Cell.echem"), """
                import lib.*
                cell ZnMn : battery {
                    negative A { active Zinc; }
                    positive B { active lib.Manganese; }
                }
                """);
        Result result = run("validate", dir.toString());
        assertEquals(0, result.exitCode(), result.out());
    }

    @Test
    void eachCellGetsALineOfKeyFigures() {
        Path example = Path.of(System.getProperty("daniell.examples", "../../examples"), "zinc", "ZnMnO2Fig9c.echem");
        Result result = run("validate", example.toString());
        String line = result.outLines().stream().filter(l -> l.contains(": cell ZnMnO2Fig9c: ")).findFirst()
                .orElseThrow(() -> new AssertionError(result.out()));
        assertTrue(line.contains("N/P 5.0") && line.contains("4.00 mAh/cm²") && line.contains("50.5 Wh/kg cell"), line);
    }

    @Test
    void explainPrintsTheExplanationAndSource() {
        Result result = run("explain", "cell.missing-electrode");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("cell.missing-electrode (error)"), result.out());
        assertTrue(result.out().contains("Source: IUPAC"), result.out());
    }

    @Test
    void explainSuggestsTheClosestCode() {
        Result result = run("explain", "cell.missing-electrod");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("did you mean cell.missing-electrode?"), result.err());
    }

    @Test
    void explainMarkdownIsTheDiagnosticsDocument() throws Exception {
        Result result = run("explain", "--markdown");
        Path document = Path.of(System.getProperty("daniell.docs", "../../docs"), "diagnostics.md");
        assertEquals(Files.readString(document), result.out(),
                "docs/diagnostics.md is out of date: run ./daniell explain --markdown > docs/diagnostics.md");
    }

    @Test
    void missingPathIsAnInputError() {
        Result result = run("validate", "no/such/dir");
        assertEquals(2, result.exitCode());
        assertEquals("daniell: no/such/dir: no such file or directory", result.err().trim());
    }

    @Test
    void missingArgumentIsAUsageError() {
        Result result = run("validate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required parameter"), result.err());
    }
}
