package org.daniell.fixes;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Building blocks for fixes: where a statement is written, and edits that respect the file's indentation. */
public final class Edits {

    private Edits() {
    }

    /** Replaces the text of {@code feature} of {@code object} (the last occurrence if it is written twice). */
    public static Optional<TextEdit> replaceFeature(EObject object, EStructuralFeature feature, String text) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        INode node = nodes.get(nodes.size() - 1);
        return Optional.of(new TextEdit(node.getOffset(), node.getLength(), text));
    }

    /** Replaces the whole text of {@code object} (for example a quantity) with {@code text}. */
    public static Optional<TextEdit> replaceObject(EObject object, String text) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? Optional.empty() : Optional.of(new TextEdit(node.getOffset(), node.getLength(), text));
    }

    /**
     * Inserts {@code statement} as the last line inside the braces of {@code block} (a cell, electrode, electrolyte
     * …), indented one level deeper than the block. A block written without braces gets them.
     */
    public static Optional<TextEdit> appendStatement(EObject block, String statement, String document) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
        if (node == null) {
            return Optional.empty();
        }
        int end = node.getEndOffset();
        String text = document.substring(node.getOffset(), end);
        String indent = indentationAt(document, node.getOffset());
        String inner = indent + "    ";
        int close = text.lastIndexOf('}');
        if (close < 0) {
            // "positive AmmoniumHost;" or "electrolyte organic" without a body: give it one
            int semicolon = text.endsWith(";") ? 1 : 0;
            int at = end - semicolon;
            return Optional.of(new TextEdit(at, semicolon,
                    " {\n" + inner + statement + "\n" + indent + "}"));
        }
        int closeOffset = node.getOffset() + close;
        int lineStart = document.lastIndexOf('\n', closeOffset - 1) + 1;
        boolean braceOnOwnLine = document.substring(lineStart, closeOffset).isBlank();
        if (braceOnOwnLine) {
            return Optional.of(new TextEdit(lineStart, 0, inner + statement + "\n"));
        }
        return Optional.of(new TextEdit(closeOffset, 0, "; " + statement + " "));
    }

    /** The leading whitespace of the line that contains {@code offset}. */
    public static String indentationAt(String document, int offset) {
        int lineStart = document.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int i = lineStart;
        while (i < document.length() && (document.charAt(i) == ' ' || document.charAt(i) == '\t')) {
            i++;
        }
        return document.substring(lineStart, i);
    }
}
