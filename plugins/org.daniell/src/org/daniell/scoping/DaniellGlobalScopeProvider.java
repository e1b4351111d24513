package org.daniell.scoping;

import org.daniell.library.StandardLibrary;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import com.google.common.base.Predicate;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/**
 * The global scope of the Daniell language: everything the workspace or resource set exports, with the
 * standard library behind it, so a user's own definition of a name shadows the library's.
 */
public class DaniellGlobalScopeProvider extends DefaultGlobalScopeProvider {

    @Inject
    private StandardLibrary library;

    @Override
    protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
        Iterable<IEObjectDescription> ofType = Iterables.filter(library.exportedObjects(),
                description -> type.isSuperTypeOf(description.getEClass()) && (filter == null || filter.apply(description)));
        IScope libraryScope = new SimpleScope(IScope.NULLSCOPE, ofType, ignoreCase);
        return getScope(libraryScope, resource, ignoreCase, type, filter);
    }
}
