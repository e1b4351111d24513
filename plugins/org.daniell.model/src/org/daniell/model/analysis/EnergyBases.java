package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Energy at the four mass bases of seed-001-002 §2 F9: the positive active material, the electrode pair (both active
 * masses), the electrodes (coatings and collectors) and the cell (plus electrolyte, separator and packaging); and
 * the energy density of the electrode stack and the cell where thicknesses are known.
 */
public record EnergyBases(Optional<Figure> material, Optional<Figure> electrodePair, Optional<Figure> electrodes,
        Optional<Figure> cell, Optional<Figure> electrodesVolumetric, Optional<Figure> cellVolumetric) {

    public static final EnergyBases NONE = new EnergyBases(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public List<Figure> all() {
        List<Figure> all = new ArrayList<>();
        for (Optional<Figure> figure : List.of(material, electrodePair, electrodes, cell, electrodesVolumetric,
                cellVolumetric)) {
            figure.ifPresent(all::add);
        }
        return all;
    }
}
