package org.daniell;

import org.daniell.formatting2.DaniellFormatterPreferences;
import org.daniell.parser.ReadableSyntaxErrorMessages;
import org.daniell.scoping.DaniellGlobalScopeProvider;
import org.daniell.scoping.DaniellImportedNamespaceScopeProvider;
import org.daniell.validation.DaniellResourceValidator;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.IResourceValidator;

/** Guice bindings of the Daniell language runtime; the defaults come from the generated module. */
public class DaniellRuntimeModule extends AbstractDaniellRuntimeModule {

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return ReadableSyntaxErrorMessages.class;
    }

    public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return org.daniell.linking.ClosestNamesLinkingMessages.class;
    }

    public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
        return org.daniell.validation.DaniellDiagnosticConverter.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return DaniellResourceValidator.class;
    }

    @Override
    public Class<? extends org.eclipse.xtext.scoping.IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return DaniellGlobalScopeProvider.class;
    }

    @Override
    public void configureIScopeProviderDelegate(com.google.inject.Binder binder) {
        binder.bind(org.eclipse.xtext.scoping.IScopeProvider.class)
                .annotatedWith(com.google.inject.name.Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(DaniellImportedNamespaceScopeProvider.class);
    }

    /** Only documentation comments (slash, two stars) document an element; plain block comments stay comments. */
    public void configureDocumentationStartTag(com.google.inject.Binder binder) {
        binder.bind(String.class)
                .annotatedWith(com.google.inject.name.Names.named(
                        org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider.START_TAG))
                .toInstance("/\\*\\*");
    }

    public void configureFormatterPreferences(com.google.inject.Binder binder) {
        binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
                .to(DaniellFormatterPreferences.class);
    }
}
