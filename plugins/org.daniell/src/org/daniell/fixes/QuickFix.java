package org.daniell.fixes;

import java.util.List;

/** One way to resolve a finding: a label for the menu and the text edits that apply it. */
public record QuickFix(String label, List<TextEdit> edits) {

    public QuickFix {
        edits = List.copyOf(edits);
    }
}
