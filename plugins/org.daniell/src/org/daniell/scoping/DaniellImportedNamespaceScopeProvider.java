package org.daniell.scoping;

import java.util.List;

import org.daniell.library.StandardLibrary;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/** Resolves names through a file's imports, and through the implicit import of the standard library. */
public class DaniellImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Override
    protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
        return List.of(doCreateImportNormalizer(StandardLibrary.PACKAGE, true, ignoreCase));
    }
}
