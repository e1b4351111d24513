package org.daniell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code daniell serve} speaks LSP over a stream pair: an editor's client gets inlay hints from it. */
class ServeCommandTest {

    @Test
    void theServedLanguageServerAnswersInlayHints() throws Exception {
        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Future<Void> serving = ServeCommand.serve(serverIn, serverOut);
        try {
            Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new SilentClient(), clientIn, clientOut);
            client.startListening();
            LanguageServer server = client.getRemoteProxy();

            File root = new File("target/serve-test-project").getAbsoluteFile();
            root.mkdirs();
            InitializeParams init = new InitializeParams();
            init.setProcessId(1);
            init.setCapabilities(new ClientCapabilities());
            // a client without workspace-folder support names its root, as simple editors do
            init.setRootUri(root.toURI().toString());
            InitializeResult result = server.initialize(init).get(60, TimeUnit.SECONDS);
            assertTrue(result.getCapabilities().getInlayHintProvider().getLeft(), "advertises inlay hints");
            server.initialized(new InitializedParams());

            String uri = new File(root, "ZnMn.echem").toURI().toString();
            String text = """
                    cell ZnMn : battery {
                        negative ZincFoil { active Zn { thickness 20 um } }
                        positive Cathode { active alpha_MnO2 { loading 20 mg/cm2 } }
                    }
                    """;
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "echem", 1, text)));
            List<InlayHint> hints = server.getTextDocumentService().inlayHint(new InlayHintParams(
                    new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(5, 0))))
                    .get(60, TimeUnit.SECONDS);
            List<String> labels = hints.stream().map(h -> h.getLabel().getLeft()).toList();
            assertTrue(labels.stream().anyMatch(l -> l.startsWith("N/P ")), labels.toString());
            InlayHint np = hints.stream().filter(h -> h.getLabel().getLeft().startsWith("N/P ")).findFirst().orElseThrow();
            assertEquals(new Position(2, "    positive Cathode".length()), np.getPosition());
            server.shutdown().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException error) {
                throw new AssertionError("the server failed: " + error.getResponseError().getData(), e);
            }
            throw e;
        } finally {
            clientOut.close();
            serving.cancel(true);
        }
    }

    /** A client that ignores what the server tells it. */
    private static final class SilentClient implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
