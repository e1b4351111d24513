package org.daniell.ide.values;

import java.util.List;

import org.daniell.model.analysis.Figure;

/**
 * The computed values shown for one element of a spec (a cell, an electrode, a component, a material): a title and
 * figures that can each explain themselves, plus plain remarks (what limits the cell, an entropy class). Front-end
 * neutral: the language server renders it as Markdown, the Eclipse editor may render it its own way.
 */
public record ValueSheet(String title, List<Figure> figures, List<String> remarks) {

    public ValueSheet {
        figures = List.copyOf(figures);
        remarks = List.copyOf(remarks);
    }

    public boolean isEmpty() {
        return figures.isEmpty() && remarks.isEmpty();
    }
}
