package org.daniell.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.daniell.ide.server.DaniellServerModule;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

import picocli.CommandLine.Command;

/**
 * {@code daniell serve}: the Daniell language server over standard input and output, for editors that speak the
 * Language Server Protocol (diagnostics, completion, hover with computed values, inlay hints, quick fixes …).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = { "Run the Daniell language server on standard input and output (Language Server Protocol).",
            "Editors start it themselves; it runs until the editor shuts it down." },
        footer = { "", "Example (an editor's server command):", "  java -jar daniell.jar serve" })
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        InputStream in = System.in;
        OutputStream out = System.out;
        // standard output carries the protocol: anything else printed there (by a library) goes to standard error
        System.setOut(new PrintStream(System.err, true));
        serve(in, out).get();
        return 0;
    }

    /** Starts a language server on {@code in}/{@code out}; the future ends when the connection closes. */
    static Future<Void> serve(InputStream in, OutputStream out) {
        LanguageServerImpl server = Guice.createInjector(new DaniellServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }
}
