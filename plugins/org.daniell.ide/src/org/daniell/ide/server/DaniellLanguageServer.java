package org.daniell.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's language server plus textDocument/inlayHint, which Xtext 2.42 does not implement: the request is answered
 * by the language's {@link InlayHintService}, read under the workspace lock as Xtext's own requests are.
 */
public class DaniellLanguageServer extends LanguageServerImpl {

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setInlayHintProvider(Either.forLeft(true));
        return capabilities;
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return getRequestManager().runRead(cancelIndicator -> inlayHint(params, cancelIndicator));
    }

    protected List<InlayHint> inlayHint(InlayHintParams params, CancelIndicator cancelIndicator) {
        URI uri = getURI(params.getTextDocument());
        InlayHintService service = getService(uri, InlayHintService.class);
        if (service == null) {
            return List.of();
        }
        return getWorkspaceManager().doRead(uri,
                (document, resource) -> service.inlayHints(document, resource, params, cancelIndicator));
    }
}
