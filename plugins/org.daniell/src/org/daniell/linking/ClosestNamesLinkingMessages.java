package org.daniell.linking;

import java.util.ArrayList;
import java.util.List;

import org.daniell.chem.Spelling;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * "No material named 'Lithiumm' is known here; did you mean Li, LiPF6?": an unresolved name is
 * reported with the closest names that would resolve at that place.
 */
public class ClosestNamesLinkingMessages extends LinkingDiagnosticMessageProvider {

    private static final int SUGGESTIONS = 3;

    @Inject
    private IScopeProvider scopes;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String written = context.getLinkText();
        String message = "No " + readable(type) + " named '" + written + "' is known here";
        List<String> close = Spelling.closestFew(written, visibleNames(context), SUGGESTIONS);
        message += close.isEmpty() ? "." : "; did you mean " + String.join(", ", close) + "?";
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
    }

    private List<String> visibleNames(ILinkingDiagnosticContext context) {
        List<String> names = new ArrayList<>();
        IScope scope = scopes.getScope(context.getContext(), context.getReference());
        for (IEObjectDescription description : scope.getAllElements()) {
            names.add(description.getName().toString());
        }
        return names;
    }

    /** "ActiveComponent" → "active component", "Material" → "material". */
    private static String readable(EClass type) {
        return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
