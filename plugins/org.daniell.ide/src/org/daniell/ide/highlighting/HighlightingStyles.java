package org.daniell.ide.highlighting;

/** The semantic styles of {@code .echem} text; the editor front ends map each to a colour. */
public final class HighlightingStyles {

    public static final String NUMBER = "number";
    public static final String UNIT = "unit";
    public static final String FORMULA = "formula";
    public static final String ION = "ion";
    public static final String REACTION = "reaction";
    public static final String REFERENCE_ELECTRODE = "reference-electrode";
    public static final String MATERIAL_REFERENCE = "material-reference";

    private HighlightingStyles() {
    }
}
