package org.daniell.ide.values;

import org.daniell.model.analysis.Figure;

/** Renders a {@link ValueSheet} as Markdown: each figure with its value and unit, then how it was derived. */
public final class MarkdownValues {

    private MarkdownValues() {
    }

    public static String render(ValueSheet sheet) {
        StringBuilder text = new StringBuilder();
        text.append("**Computed values — ").append(sheet.title()).append("**\n\n");
        for (Figure figure : sheet.figures()) {
            text.append("- **").append(escape(figure.label())).append("**: ").append(escape(figure.display()))
                    .append('\n');
        }
        for (String remark : sheet.remarks()) {
            text.append("\n").append(escape(remark)).append('\n');
        }
        boolean derived = sheet.figures().stream().anyMatch(f -> !f.isStated() || !f.inputs().isEmpty());
        if (derived) {
            text.append("\nDerivations:\n\n```text\n");
            for (Figure figure : sheet.figures()) {
                text.append(figure.derivation());
            }
            text.append("```\n");
        }
        return text.toString();
    }

    /** Keeps Markdown from reading labels as emphasis or links (N/P, Q_A, [formula] …). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]");
    }
}
