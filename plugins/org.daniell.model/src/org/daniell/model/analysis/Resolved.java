package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Claim;
import org.daniell.model.design.Component;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Format;
import org.daniell.model.design.Material;
import org.daniell.model.design.Protocol;
import org.daniell.model.design.Separator;

/**
 * The design as it holds after {@code extends}: a variant inherits what it does not say itself. Cells inherit
 * electrodes, electrolyte, format, separators, protocol and claims; electrodes and electrolytes inherit every
 * statement and add components or constituents of their own.
 */
public final class Resolved {

    private Resolved() {
    }

    /** The cell and its bases, nearest first, stopping at unresolved links and cycles. */
    public static List<Cell> lineage(Cell cell) {
        List<Cell> result = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        for (Cell current = cell; current != null && !current.eIsProxy() && seen.add(current); current = current.getBase()) {
            result.add(current);
        }
        return result;
    }

    public static List<Electrode> lineage(Electrode electrode) {
        List<Electrode> result = new ArrayList<>();
        Set<Electrode> seen = new HashSet<>();
        for (Electrode current = electrode; current != null && !current.eIsProxy() && seen.add(current);
                current = current.getBase()) {
            result.add(current);
        }
        return result;
    }

    public static List<Electrolyte> lineage(Electrolyte electrolyte) {
        List<Electrolyte> result = new ArrayList<>();
        Set<Electrolyte> seen = new HashSet<>();
        for (Electrolyte current = electrolyte; current != null && !current.eIsProxy() && seen.add(current);
                current = current.getBase()) {
            result.add(current);
        }
        return result;
    }

    /** The nearest non-null value of {@code getter} along a lineage. */
    public static <E, T> T nearest(List<E> lineage, Function<E, T> getter) {
        for (E element : lineage) {
            T value = getter.apply(element);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static List<Electrode> electrodes(Cell cell) {
        List<Electrode> result = new ArrayList<>();
        lineage(cell).forEach(c -> result.addAll(c.getElectrodes()));
        return result;
    }

    /** The cell's electrode on {@code side}: the nearest one declared for that side. */
    public static Optional<Electrode> electrode(Cell cell, Polarity side) {
        return electrodes(cell).stream().filter(e -> Polarity.of(e) == side).findFirst();
    }

    public static Electrolyte electrolyte(Cell cell) {
        return nearest(lineage(cell), Cell::getElectrolyte);
    }

    public static Format format(Cell cell) {
        return nearest(lineage(cell), Cell::getFormat);
    }

    public static Protocol protocol(Cell cell) {
        return nearest(lineage(cell), Cell::getProtocol);
    }

    public static List<Separator> separators(Cell cell) {
        for (Cell c : lineage(cell)) {
            if (!c.getSeparators().isEmpty()) {
                return c.getSeparators();
            }
        }
        return List.of();
    }

    /** Claims of the cell and its bases; a claim of the same kind and basis in a variant replaces the base's. */
    public static List<Claim> claims(Cell cell) {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        for (Cell c : lineage(cell)) {
            for (Claim claim : c.getClaims()) {
                byKey.putIfAbsent(claim.getKind() + "/" + claim.getBasis() + "/" + claim.getAfterCycles(), claim);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Components of the electrode and its bases, the electrode's own first. */
    public static List<Component> components(Electrode electrode) {
        List<Component> result = new ArrayList<>();
        lineage(electrode).forEach(e -> result.addAll(e.getComponents()));
        return result;
    }

    public static List<ActiveComponent> activeComponents(Electrode electrode) {
        return components(electrode).stream().filter(ActiveComponent.class::isInstance).map(ActiveComponent.class::cast)
                .toList();
    }

    /** Constituents of the electrolyte and its bases; a variant's constituent replaces a base's of the same material. */
    public static List<Constituent> constituents(Electrolyte electrolyte) {
        Map<Object, Constituent> byMaterial = new LinkedHashMap<>();
        List<Electrolyte> lineage = lineage(electrolyte);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            for (Constituent constituent : lineage.get(i).getConstituents()) {
                Material material = constituent.getMaterial();
                byMaterial.put(material == null || material.eIsProxy() ? constituent : material, constituent);
            }
        }
        return new ArrayList<>(byMaterial.values());
    }

    public static boolean resolved(Material material) {
        return material != null && !material.eIsProxy();
    }
}
