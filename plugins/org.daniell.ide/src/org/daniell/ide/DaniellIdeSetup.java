package org.daniell.ide;

import org.daniell.DaniellRuntimeModule;
import org.daniell.DaniellStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets up the runtime and ide modules together, as the language server and the Eclipse editor need them. */
public class DaniellIdeSetup extends DaniellStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new DaniellRuntimeModule(), new DaniellIdeModule()));
    }
}
