package org.daniell.ide.server;

import java.util.List;

import org.daniell.ide.values.InlayValue;
import org.daniell.ide.values.InlayValues;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** The {@link InlayValues} of a document as LSP inlay hints (textDocument/inlayHint), within the requested range. */
public class InlayHintService {

    public List<InlayHint> inlayHints(Document document, XtextResource resource, InlayHintParams params,
            CancelIndicator cancelIndicator) {
        int from = params.getRange() == null ? 0 : document.getOffSet(params.getRange().getStart());
        int to = params.getRange() == null ? document.getContents().length()
                : document.getOffSet(params.getRange().getEnd());
        return InlayValues.of(resource, from, to).stream().map(value -> toHint(document, value)).toList();
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
