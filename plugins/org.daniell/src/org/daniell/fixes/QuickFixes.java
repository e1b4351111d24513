package org.daniell.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * The shared, UI-free quick-fix logic: given a finding, the text edits that resolve it. The language server's code
 * actions and the Eclipse editor's quick fixes both ask this class.
 */
public final class QuickFixes {

    /** Every provider; a code has at most one. */
    private static final List<FixProvider> PROVIDERS = java.util.stream.Stream.<List<? extends FixProvider>>of(
            List.of(new ThinMetalFoilFix(), new ElectrolyteAmountFix(), new ManganeseAdditiveFix()),
            CollectorSwapFix.ALL,
            List.of(new AddSeparatorFix()),
            List.of(new EntropyLabelFix(), new ClaimBasisFix(), new WindowReferenceFix()))
            .<FixProvider>flatMap(List::stream).toList();

    private static final Map<String, FixProvider> BY_CODE = PROVIDERS.stream()
            .collect(Collectors.toUnmodifiableMap(FixProvider::code, Function.identity()));

    private QuickFixes() {
    }

    public static boolean hasFix(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static java.util.Set<String> fixableCodes() {
        return BY_CODE.keySet();
    }

    /** The fixes for {@code issue} in {@code resource}; empty when the code has none or its element is gone. */
    public static List<QuickFix> fixesFor(Issue issue, Resource resource) {
        FixProvider provider = issue.getCode() == null ? null : BY_CODE.get(issue.getCode());
        if (provider == null || !(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
                || issue.getUriToProblem() == null) {
            return List.of();
        }
        URI uri = issue.getUriToProblem();
        EObject target = resource.getEObject(uri.fragment());
        if (target == null) {
            return List.of();
        }
        String text = xtext.getParseResult().getRootNode().getText();
        return new ArrayList<>(provider.fixes(issue, target, text));
    }
}
