package org.daniell.validation;

import java.nio.file.Path;

import org.daniell.model.issues.IssueCatalogue;
import org.daniell.model.issues.IssueCode;
import org.daniell.model.issues.Severity;
import org.daniell.model.issues.SeverityOverrides;
import org.daniell.model.validation.Finding;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns validation diagnostics into Xtext issues: findings of the design validator keep their catalogue code and
 * quick-fix data, and every finding (the language's own checks too) gets the severity the project's
 * {@value SeverityOverrides#FILE_NAME} gives it, or is dropped when that says {@code ignore}.
 */
public class DaniellDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    protected String getIssueCode(Diagnostic diagnostic) {
        return diagnostic instanceof Finding finding ? finding.issueId() : super.getIssueCode(diagnostic);
    }

    @Override
    protected String[] getIssueData(Diagnostic diagnostic) {
        return diagnostic instanceof Finding finding ? finding.fixData().toArray(String[]::new)
                : super.getIssueData(diagnostic);
    }

    @Override
    public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
        SeverityOverrides overrides = overridesFor(sourceOf(diagnostic));
        super.convertValidatorDiagnostic(diagnostic, issue -> {
            IssueCode code = issue.getCode() == null ? null : IssueCatalogue.find(issue.getCode()).orElse(null);
            if (code == null || overrides.overrides().isEmpty()) {
                acceptor.accept(issue);
                return;
            }
            Severity severity = overrides.severityOf(code);
            if (severity == Severity.IGNORE) {
                return;
            }
            if (issue instanceof Issue.IssueImpl mutable) {
                mutable.setSeverity(switch (severity) {
                    case ERROR -> org.eclipse.xtext.diagnostics.Severity.ERROR;
                    case WARNING -> org.eclipse.xtext.diagnostics.Severity.WARNING;
                    default -> org.eclipse.xtext.diagnostics.Severity.INFO;
                });
            }
            acceptor.accept(issue);
        });
    }

    private static EObject sourceOf(Diagnostic diagnostic) {
        if (diagnostic instanceof AbstractValidationDiagnostic validation) {
            return validation.getSourceEObject();
        }
        return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject object ? object : null;
    }

    private static SeverityOverrides overridesFor(EObject object) {
        if (object == null || object.eResource() == null || object.eResource().getURI() == null) {
            return SeverityOverrides.none();
        }
        URI uri = object.eResource().getURI();
        URI resolved = uri.isPlatform() ? CommonPlugin.resolve(uri) : uri;
        if (!resolved.isFile()) {
            return SeverityOverrides.none();
        }
        Path file = Path.of(resolved.toFileString());
        return SeverityOverrides.forFolder(file.getParent());
    }
}
