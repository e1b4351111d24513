package org.daniell.ide;

/**
 * Guice bindings of the Daniell language services shared by the language server and the Eclipse
 * editor (content assist, hover, symbols, formatting …); defaults come from the generated module.
 */
public class DaniellIdeModule extends AbstractDaniellIdeModule {
}
