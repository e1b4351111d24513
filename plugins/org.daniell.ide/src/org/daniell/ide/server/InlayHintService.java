package org.daniell.ide.server;

import java.util.List;

import org.daniell.ide.values.InlayValue;
import org.daniell.ide.values.InlayValues;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** The {@link InlayValues} of a document as LSP inlay hints (textDocument/inlayHint), within the requested range. */
public class InlayHintService {

    public List<InlayHint> inlayHints(Document document, XtextResource resource, InlayHintParams params,
            CancelIndicator cancelIndicator) {
        int from = params.getRange() == null ? 0 : offsetOf(document, params.getRange().getStart());
        int to = params.getRange() == null ? document.getContents().length()
                : offsetOf(document, params.getRange().getEnd());
        return InlayValues.of(resource, from, to).stream().map(value -> toHint(document, value)).toList();
    }

    /** The offset of {@code position}; a position past the end (clients ask for whole screens) is the end. */
    private static int offsetOf(Document document, Position position) {
        int lines = (int) document.getContents().chars().filter(c -> c == '\n').count();
        if (position.getLine() > lines) {
            return document.getContents().length();
        }
        try {
            return document.getOffSet(position);
        } catch (IndexOutOfBoundsException pastTheEndOfItsLine) {
            return document.getOffSet(new Position(position.getLine() + 1, 0)) - 1;
        }
    }

    private static InlayHint toHint(Document document, InlayValue value) {
        InlayHint hint = new InlayHint(document.getPosition(value.offset()), Either.forLeft(value.label()));
        hint.setKind(InlayHintKind.Type);
        hint.setPaddingLeft(true);
        hint.setTooltip(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN,
                "```text\n" + value.tooltip() + (value.tooltip().endsWith("\n") ? "" : "\n") + "```")));
        return hint;
    }
}
