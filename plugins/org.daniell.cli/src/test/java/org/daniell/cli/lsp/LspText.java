package org.daniell.cli.lsp;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** What an editor does with LSP text edits: applies them to the document text. */
final class LspText {

    private LspText() {
    }

    /** Applies non-overlapping edits to {@code text}, last first so earlier positions stay valid. */
    static String apply(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed())
                .forEach(e -> result.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()),
                        e.getNewText()));
        return result.toString();
    }

    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }
}
