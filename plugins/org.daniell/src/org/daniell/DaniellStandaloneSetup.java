package org.daniell;

import org.daniell.model.design.DesignPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Sets the language up without the Equinox extension registry: command line, tests, language server. */
public class DaniellStandaloneSetup extends DaniellStandaloneSetupGenerated {

    public static Injector doSetup() {
        return new DaniellStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public void register(Injector injector) {
        // The design metamodel is imported by the grammar, so the generated setup does not register it.
        EPackage.Registry.INSTANCE.putIfAbsent(DesignPackage.eNS_URI, DesignPackage.eINSTANCE);
        super.register(injector);
    }
}
