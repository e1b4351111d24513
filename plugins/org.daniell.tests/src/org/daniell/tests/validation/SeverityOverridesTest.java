package org.daniell.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.daniell.model.issues.LanguageIssues;
import org.daniell.model.issues.SeverityOverrides;
import org.daniell.tests.DaniellInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A daniell.settings file in the project changes or silences findings for the specs below it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class SeverityOverridesTest {

    private static final String SPEC = """
            cell Half : battery {
                negative A;
                positive B { active alpha_MnO2 { loading 20 mg/cm2 } }
            }
            """;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Test
    void withoutSettingsTheDefaultSeverityHolds(@TempDir Path dir) throws Exception {
        assertEquals(Severity.WARNING, emptyElectrode(validate(dir)).getSeverity());
    }

    @Test
    void settingsRaiseASeverity(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SeverityOverrides.FILE_NAME), "severity.cell.empty-electrode = error\n");
        assertEquals(Severity.ERROR, emptyElectrode(validate(dir)).getSeverity());
    }

    @Test
    void settingsInAParentFolderApplyAndIgnoreDropsTheFinding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SeverityOverrides.FILE_NAME), "severity.cell.empty-electrode = ignore\n");
        Path sub = Files.createDirectories(dir.resolve("cells"));
        List<Issue> issues = validate(sub);
        assertTrue(issues.stream().noneMatch(i -> LanguageIssues.EMPTY_ELECTRODE.id().equals(i.getCode())),
                issues.toString());
    }

    @Test
    void unknownCodesAndSeveritiesAreReportedNotThrown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SeverityOverrides.FILE_NAME);
        Files.writeString(file, "severity.no.such-code = error\nseverity.cell.empty-electrode = loud\n");
        List<String> problems = SeverityOverrides.load(file).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no finding with code 'no.such-code'")
                || problems.get(1).contains("no finding with code 'no.such-code'"), problems.toString());
    }

    private List<Issue> validate(Path dir) throws Exception {
        Path spec = dir.resolve("Half.echem");
        Files.writeString(spec, SPEC);
        Resource resource = resourceSets.get().getResource(URI.createFileURI(spec.toString()), true);
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static Issue emptyElectrode(List<Issue> issues) {
        return issues.stream().filter(i -> LanguageIssues.EMPTY_ELECTRODE.id().equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(issues.toString()));
    }
}
