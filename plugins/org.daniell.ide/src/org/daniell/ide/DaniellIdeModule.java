package org.daniell.ide;

import org.daniell.ide.codeactions.DaniellCodeActionService;
import org.daniell.ide.contentassist.LibrarySizedProposalAcceptor;
import org.daniell.ide.contentassist.ShortestNameCrossrefProposalProvider;
import org.daniell.ide.contentassist.UnitProposals;
import org.daniell.ide.highlighting.DaniellSemanticHighlighting;
import org.daniell.ide.hover.DaniellHoverService;
import org.daniell.ide.symbols.DaniellSymbolKinds;
import org.daniell.ide.symbols.DaniellSymbolNames;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;

/**
 * Guice bindings of the Daniell language services shared by the language server and the Eclipse
 * editor (content assist, highlighting, symbols …); defaults come from the generated module.
 */
public class DaniellIdeModule extends AbstractDaniellIdeModule {

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return ShortestNameCrossrefProposalProvider.class;
    }

    public Class<? extends IdeContentProposalAcceptor> bindIdeContentProposalAcceptor() {
        return LibrarySizedProposalAcceptor.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return UnitProposals.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return DaniellSemanticHighlighting.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return DaniellSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return DaniellSymbolKinds.class;
    }

    /**
     * Clients without nested-symbol support get one flat entry per element; clients with it (and the
     * Eclipse outline) ask for {@code HierarchicalDocumentSymbolService} directly, as the language server does.
     */
    public Class<? extends IDocumentSymbolService> bindIDocumentSymbolService() {
        return DocumentSymbolService.class;
    }

    /** Documentation comments with the values Daniell computes for cells, electrodes and materials below them. */
    public Class<? extends IHoverService> bindIHoverService() {
        return DaniellHoverService.class;
    }

    /** The shared quick fixes ({@code org.daniell.fixes.QuickFixes}) as LSP code actions. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return DaniellCodeActionService.class;
    }
}
