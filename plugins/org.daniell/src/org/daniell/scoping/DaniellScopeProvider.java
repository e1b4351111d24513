package org.daniell.scoping;

/**
 * Local scoping of the Daniell language. Cross-references are resolved by qualified name through the
 * imports of a file (the generated importedNamespace-aware parent scope); nothing is overridden yet.
 */
public class DaniellScopeProvider extends AbstractDaniellScopeProvider {
}
