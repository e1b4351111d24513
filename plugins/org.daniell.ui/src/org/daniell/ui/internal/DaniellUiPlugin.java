package org.daniell.ui.internal;

import org.daniell.ide.DaniellIdeSetup;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * Activator of the Daniell editor bundle. Holds the one Guice injector of the Xtext runtime and ide
 * modules (the same services the language server uses) and warms it in the background, because
 * creating it takes about half a second and must not block the UI thread when an editor opens.
 */
public final class DaniellUiPlugin extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.daniell.ui";

    private static volatile DaniellUiPlugin instance;

    private volatile Injector injector;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        Job warmUp = Job.create("Starting the Daniell language services", monitor -> {
            injector();
            return Status.OK_STATUS;
        });
        warmUp.setSystem(true);
        warmUp.schedule();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static DaniellUiPlugin getDefault() {
        return instance;
    }

    /** The injector of the Daniell runtime and ide modules; created once, on first use. */
    public Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (this) {
                result = injector;
                if (result == null) {
                    result = new DaniellIdeSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }
}
