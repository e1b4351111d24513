package org.daniell.model.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.design.Cell;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Material;
import org.daniell.model.design.Mechanism;
import org.daniell.model.issues.HostIssues;

/** Whether a host structure can take the ion it is to store (seed-000 §4.4). */
final class HostValidator extends TopicValidator {

    private static final Set<String> ALKALI = Set.of("Li", "Na", "K");

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        analysis.negative().ifPresent(e -> check(cell, e, findings));
        analysis.positive().ifPresent(e -> check(cell, e, findings));
    }

    private static void check(Cell cell, ElectrodeAnalysis electrode, Findings findings) {
        if (electrode.material().isEmpty() || electrode.active().isEmpty()
                || electrode.mechanism().orElse(null) == Mechanism.ANION_INTERCALATION) {
            return;
        }
        Material material = electrode.material().get();
        Optional<ChemicalFormula> formula = Chemistry.formula(material);
        var active = electrode.active().get();
        var feature = DesignPackage.Literals.COMPONENT__MATERIAL;
        for (String carrier : electrode.carriers()) {
            if (graphite(material, formula)) {
                if ("Mg[2+]".equals(carrier)) {
                    findings.report(HostIssues.GRAPHITE_MAGNESIUM, active, feature, material.getName());
                } else if ("Na[+]".equals(carrier) || "K[+]".equals(carrier)) {
                    findings.report(HostIssues.GRAPHITE_SODIUM_POTASSIUM, active, feature, material.getName(), carrier);
                }
            }
            if ("Mg[2+]".equals(carrier) && formula.map(f -> layeredOxide(f, Set.of("Li"))).orElse(false)) {
                findings.report(HostIssues.LAYERED_OXIDE_MAGNESIUM, active, feature, material.getName());
            }
            if ("Ca[2+]".equals(carrier) && formula.isPresent()) {
                if (layeredOxide(formula.get(), ALKALI)) {
                    findings.report(HostIssues.CALCIUM_HOST, active, feature, material.getName(), "layered oxide");
                } else if (prussianBlue(formula.get())) {
                    findings.report(HostIssues.CALCIUM_HOST, active, feature, material.getName(),
                            "Prussian blue analogue");
                }
            }
            if ("NH4[+]".equals(carrier) && formula.isPresent() && !ammoniumHost(formula.get())) {
                Optional<Electrolyte> electrolyte = ElectrolyteFacts.around(cell, electrode.electrode());
                if (electrolyte.map(ElectrolyteFacts::waterBased).orElse(false)) {
                    findings.report(HostIssues.AMMONIUM_NON_HOST, active, feature, material.getName());
                }
            }
        }
    }

    /** Graphitic carbon: a carbon-only formula whose name or structure says graphite (not expanded graphite). */
    static boolean graphite(Material material, Optional<ChemicalFormula> formula) {
        if (formula.isEmpty() || !WindowValidator.carbonOnly(formula.get())) {
            return false;
        }
        String text = (material.getName() + " " + (material.getStructure() == null ? "" : material.getStructure()))
                .toLowerCase(Locale.ROOT);
        return text.contains("graphit") && !text.contains("expanded");
    }

    /** A layered AMO2 oxide: up to one alkali (from {@code alkali}), about one transition metal, two oxygens. */
    static boolean layeredOxide(ChemicalFormula f, Set<String> alkali) {
        double oxygen = f.amountOf("O");
        double alkaliAmount = 0;
        double metals = 0;
        for (Map.Entry<Element, Double> e : f.elementAmounts().entrySet()) {
            String symbol = e.getKey().symbol();
            if (symbol.equals("O")) {
                continue;
            }
            if (alkali.contains(symbol)) {
                alkaliAmount += e.getValue();
            } else if (e.getKey().category().isMetalLike()) {
                metals += e.getValue();
            } else {
                return false;
            }
        }
        return Math.abs(oxygen - 2) < 0.05 && alkaliAmount > 0 && alkaliAmount <= 1.2 && Math.abs(metals - 1) < 0.1;
    }

    /** A Prussian blue analogue: cyanide-bridged framework, as many C as N. */
    static boolean prussianBlue(ChemicalFormula f) {
        return f.amountOf("C") > 0 && Math.abs(f.amountOf("C") - f.amountOf("N")) < 1e-6
                && (f.amountOf("Fe") > 0 || f.amountOf("Mn") > 0 || f.amountOf("Co") > 0);
    }

    /** The NH4+ hosts of seed-000 §4.4 R-H8: MnO2, PBAs, V oxides, PTCDI/PTCDA, MXene, MoS2. */
    static boolean ammoniumHost(ChemicalFormula f) {
        boolean manganeseOxide = f.amountOf("Mn") > 0 && f.amountOf("O") > 0;
        boolean vanadiumOxide = f.amountOf("V") > 0 && f.amountOf("O") > 0;
        boolean perylene = f.amountOf("C") >= 20 && f.amountOf("O") > 0;
        boolean mxene = f.amountOf("Ti") > 0 && f.amountOf("C") > 0;
        boolean molybdenumSulfide = f.amountOf("Mo") > 0 && f.amountOf("S") > 0;
        return manganeseOxide || vanadiumOxide || perylene || mxene || molybdenumSulfide || prussianBlue(f);
    }
}
