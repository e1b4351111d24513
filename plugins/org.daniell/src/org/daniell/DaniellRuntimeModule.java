package org.daniell;

import org.daniell.parser.ReadableSyntaxErrorMessages;
import org.daniell.validation.DaniellResourceValidator;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.IResourceValidator;

/** Guice bindings of the Daniell language runtime; the defaults come from the generated module. */
public class DaniellRuntimeModule extends AbstractDaniellRuntimeModule {

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return ReadableSyntaxErrorMessages.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return DaniellResourceValidator.class;
    }
}
