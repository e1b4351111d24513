package org.daniell.ide;

import org.daniell.ide.contentassist.ShortestNameCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;

/**
 * Guice bindings of the Daniell language services shared by the language server and the Eclipse
 * editor (content assist, hover, symbols, formatting …); defaults come from the generated module.
 */
public class DaniellIdeModule extends AbstractDaniellIdeModule {

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return ShortestNameCrossrefProposalProvider.class;
    }
}
