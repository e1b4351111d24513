package org.daniell.chem.unit;

import tech.units.indriya.function.Calculus;
import tech.units.indriya.function.DefaultNumberSystem;

/**
 * Gives Indriya its number system directly. Indriya otherwise finds it with {@link java.util.ServiceLoader}
 * on first use, which fails inside OSGi ("NumberSystem ... DefaultNumberSystem not found"); setting it
 * through Indriya's public API works the same on a plain class path and in Eclipse.
 */
final class IndriyaNumberSystem {

    private static boolean installed;

    private IndriyaNumberSystem() {
    }

    /** Installs Indriya's default number system once; call before any Indriya unit is created. */
    static synchronized void install() {
        if (!installed) {
            Calculus.setCurrentNumberSystem(new DefaultNumberSystem());
            installed = true;
        }
    }
}
