package org.daniell.ide.values;

/**
 * A computed value to show inline, right after the text it belongs to.
 *
 * @param offset  document offset the value follows (the end of a name, a quantity or a formula)
 * @param label   the short text shown in the editor
 * @param tooltip how the value was derived
 */
public record InlayValue(int offset, String label, String tooltip) {
}
