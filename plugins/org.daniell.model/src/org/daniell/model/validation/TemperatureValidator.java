package org.daniell.model.validation;

import java.util.Map;
import java.util.OptionalDouble;

import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.DeviceClass;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.design.Membrane;
import org.daniell.model.design.Quantity;
import org.daniell.model.issues.TemperatureIssues;

/** Operating temperature against what the electrolyte needs (seed-000 §4.8; seed-003-004 §5.7). */
final class TemperatureValidator extends TopicValidator {

    /** Working ranges of ceramic conductors in °C, by conducted ion (seed-000 §4.8 R-T1). */
    static final Map<String, double[]> SOFC_RANGES = Map.of("O[2-]", new double[] { 600, 1000 }, "H[+]",
            new double[] { 400, 700 });
    /** Molten NaAlCl4 needs more than this (seed-000 §4.8 R-T2). */
    static final double NAALCL4_MIN_C = 150;
    /** Plain aqueous electrolytes freeze below this (seed-003-004 §5.7 Z-10). */
    static final double FREEZING_C = 0;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        Quantity minQuantity = Resolved.nearest(Resolved.lineage(cell), Cell::getMinTemperature);
        Quantity maxQuantity = Resolved.nearest(Resolved.lineage(cell), Cell::getMaxTemperature);
        OptionalDouble min = Stated.value(minQuantity, Kind.TEMPERATURE);
        if (min.isEmpty()) {
            return;
        }
        double low = min.getAsDouble();
        double high = Stated.value(maxQuantity, Kind.TEMPERATURE).orElse(low);
        DeviceClass device = Resolved.nearest(Resolved.lineage(cell), c -> c.isSetDeviceClass() ? c.getDeviceClass() : null);
        if (device == DeviceClass.SOFC) {
            sofc(cell, minQuantity, low, high, findings);
        }
        for (Electrolyte electrolyte : ElectrolyteFacts.all(cell)) {
            boolean molten = ElectrolyteFacts.kind(electrolyte).map(k -> k == ElectrolyteKind.MOLTEN_SALT).orElse(false);
            boolean naAlCl4 = ElectrolyteFacts.soluteFormulas(electrolyte).stream()
                    .anyMatch(f -> f.elementAmounts().size() == 3 && f.amountOf("Na") == 1 && f.amountOf("Al") == 1
                            && f.amountOf("Cl") == 4);
            if (molten && naAlCl4 && low < NAALCL4_MIN_C) {
                findings.report(TemperatureIssues.MOLTEN_SALT_FROZEN, cell, DesignPackage.Literals.CELL__MIN_TEMPERATURE,
                        Figure.format(NAALCL4_MIN_C), Figure.format(low));
            }
            if (low < FREEZING_C && ElectrolyteFacts.plainAqueous(electrolyte)) {
                findings.report(TemperatureIssues.AQUEOUS_FREEZING, cell, DesignPackage.Literals.CELL__MIN_TEMPERATURE,
                        Figure.format(low));
            }
        }
    }

    private static void sofc(Cell cell, Quantity where, double low, double high, Findings findings) {
        for (Cell c : Resolved.lineage(cell)) {
            for (Membrane membrane : c.getMembranes()) {
                double from = Double.MAX_VALUE;
                double to = -Double.MAX_VALUE;
                StringBuilder ions = new StringBuilder();
                for (String ion : membrane.getPasses()) {
                    double[] range = SOFC_RANGES.get(ion);
                    if (range != null) {
                        from = Math.min(from, range[0]);
                        to = Math.max(to, range[1]);
                        ions.append(ions.length() == 0 ? "" : " and ").append(ion);
                    }
                }
                if (ions.length() > 0 && (low < from || high > to)) {
                    findings.report(TemperatureIssues.SOFC_RANGE, cell, DesignPackage.Literals.CELL__MIN_TEMPERATURE,
                            ions, Figure.format(from), Figure.format(to), Figure.format(high > to ? high : low));
                }
            }
        }
    }
}
