package org.daniell.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/**
 * The default layout of {@code .echem} files: four spaces per indentation level. The language server
 * still applies the tab size and spaces setting that the editor sends with a formatting request.
 */
public class DaniellFormatterPreferences extends FormatterPreferenceValuesProvider {

    public static final String INDENTATION = "    ";

    @Override
    public IPreferenceValues getPreferenceValues(Resource context) {
        IPreferenceValues configured = super.getPreferenceValues(context);
        return new MapBasedPreferenceValues(configured, Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION));
    }
}
