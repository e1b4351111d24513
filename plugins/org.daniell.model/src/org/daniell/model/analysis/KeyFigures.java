package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;

/** The one-line summary of a cell's key figures, as the command line prints it after each file's findings. */
public final class KeyFigures {

    private KeyFigures() {
    }

    public static String line(CellAnalysis analysis) {
        List<String> parts = new ArrayList<>();
        analysis.npRatio().ifPresent(np -> parts.add("N/P " + Figure.format(np.value())));
        analysis.cellArealCapacity().ifPresent(q -> parts.add(q.display()
                + (analysis.limiting().isEmpty() ? "" : " (limited by " + analysis.limiting() + ")")));
        analysis.capacity().ifPresent(c -> parts.add(c.display()));
        analysis.voltage().ifPresent(v -> parts.add(v.display()));
        analysis.electrolyteMassRatio().ifPresentOrElse(ec -> parts.add("E/C " + ec.display()),
                () -> analysis.electrolyteVolumeRatio().ifPresent(ec -> parts.add("E/C " + ec.display())));
        analysis.energy().cell().ifPresent(e -> parts.add(e.display() + " cell"));
        analysis.energy().electrodePair().ifPresent(e -> parts.add(e.display() + " electrode pair"));
        if (analysis.energy().cell().isEmpty() && analysis.energy().electrodePair().isEmpty()) {
            analysis.energy().material().ifPresent(e -> parts.add(e.display() + " positive material"));
        }
        analysis.metalUtilisation().ifPresent(u -> parts.add("metal utilisation ≤ " + u.display()));
        return parts.isEmpty() ? "no figures (the spec states no loadings, capacities or potentials)"
                : String.join(", ", parts);
    }
}
