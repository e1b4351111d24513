package org.daniell.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * Xtext's server module with {@link DaniellLanguageServer} as the language server (ServerModule links
 * {@code LanguageServer} to {@code LanguageServerImpl}, which this links on to the subclass). {@code daniell serve}
 * and the language-server tests create the server from this module.
 */
public class DaniellServerModule extends ServerModule {

    @Override
    protected void configure() {
        super.configure();
        bind(LanguageServerImpl.class).to(DaniellLanguageServer.class);
    }
}
