package org.daniell.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * Xtext's server module with {@link DaniellLanguageServer} as the language server (ServerModule links
 * {@code LanguageServer} to {@code LanguageServerImpl}, which this links on to the subclass). Whatever launches the
 * server (the language-server tests today, a {@code serve} command of the CLI later) creates it from this module.
 */
public class DaniellServerModule extends ServerModule {

    @Override
    protected void configure() {
        super.configure();
        bind(LanguageServerImpl.class).to(DaniellLanguageServer.class);
    }
}
