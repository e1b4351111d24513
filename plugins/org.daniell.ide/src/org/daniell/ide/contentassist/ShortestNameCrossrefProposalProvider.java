package org.daniell.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Proposes each referenceable element once, under the shortest name that reaches it: {@code Zn}
 * rather than both {@code Zn} and {@code daniell.std.Zn}.
 */
public class ShortestNameCrossrefProposalProvider extends IdeCrossrefProposalProvider {

    @Override
    protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
            ContentAssistContext context) {
        Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
        for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
            shortest.merge(candidate.getEObjectURI(), candidate,
                    (kept, other) -> other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
        }
        List<IEObjectDescription> result = new ArrayList<>(shortest.values());
        return result;
    }
}
