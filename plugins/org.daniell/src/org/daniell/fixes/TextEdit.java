package org.daniell.fixes;

/** Replace {@code length} characters at {@code offset} of the document with {@code text}. */
public record TextEdit(int offset, int length, String text) {

    /** Applies edits (non-overlapping) to a document text, last first so offsets stay valid. */
    public static String apply(String document, java.util.List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(document);
        edits.stream().sorted(java.util.Comparator.comparingInt(TextEdit::offset).reversed())
                .forEach(e -> result.replace(e.offset(), e.offset() + e.length(), e.text()));
        return result.toString();
    }
}
