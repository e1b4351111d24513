package org.daniell;

/** Guice bindings of the Daniell language runtime; the defaults come from the generated module. */
public class DaniellRuntimeModule extends AbstractDaniellRuntimeModule {
}
