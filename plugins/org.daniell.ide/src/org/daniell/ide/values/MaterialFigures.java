package org.daniell.ide.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.daniell.chem.composition.CompositionAnalysis;
import org.daniell.chem.composition.EntropyReport;
import org.daniell.chem.composition.SiteEntropy;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.TheoreticalCapacities;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.ActiveComponent;
import org.daniell.model.design.Material;

/** What a material's formula and statements give on their own, outside any electrode or cell. */
public final class MaterialFigures {

    private static final String ENTROPY = "S_config = −R Σ_sites Σ x ln x, per site ([S4] §2 eqns (1), (2); seed-003-004 §1.2)";
    private static final String ENTROPY_CLASSES = "seed-003-004 §1.1 D2";

    private MaterialFigures() {
    }

    public static Optional<Figure> molarMass(Material material) {
        return Chemistry.formula(material).map(formula -> Figure.derived("molarMass", "molar mass of " + formula,
                formula.molarMass(), Kind.MOLAR_MASS, "Σ n·M(element)", "IUPAC standard atomic weights"));
    }

    /**
     * The theoretical specific capacity, as the analysis computes it: with the stated electrons, else (for a one-metal
     * formula) the metal's stripping capacity.
     */
    public static Optional<Figure> theoreticalCapacity(Material material, ActiveComponent active) {
        return TheoreticalCapacities.of(material, active, false)
                .or(() -> TheoreticalCapacities.of(material, active, true));
    }

    public static Optional<Figure> statedCapacity(Material material) {
        return Stated.figure("specificCapacity", "stated capacity of " + material.getName(),
                material.getSpecificCapacity(), Kind.SPECIFIC_CAPACITY);
    }

    /** The configurational entropy over the formula's mixing sites, when some site mixes species (S in units of R). */
    public static Optional<Entropy> entropy(Material material) {
        Optional<ChemicalFormula> formula = Chemistry.formula(material);
        if (formula.isEmpty()) {
            return Optional.empty();
        }
        EntropyReport report = CompositionAnalysis.of(formula.get()).entropy();
        if (report.sites().isEmpty() || report.inUnitsOfR() <= 0) {
            return Optional.empty();
        }
        List<Figure> sites = new ArrayList<>();
        for (SiteEntropy site : report.sites()) {
            sites.add(Figure.derived("siteEntropy", "site " + site.site().label() + " (S/R)", site.inUnitsOfR(),
                    Kind.RATIO, "−Σ x ln x over " + site.site().occupants().size() + " species", ENTROPY));
        }
        Figure total = new Figure("configurationalEntropy", "configurational entropy S_config/R", report.inUnitsOfR(),
                Kind.RATIO, sites.size() == 1 ? "−Σ x ln x over the mixing site" : "Σ over the mixing sites",
                sites.size() == 1 ? List.of() : sites, ENTROPY);
        return Optional.of(new Entropy(total, report));
    }

    /** Configurational entropy of a formula and its class (low &lt; 1.0R ≤ medium ≤ 1.5R &lt; high). */
    public record Entropy(Figure figure, EntropyReport report) {

        public String className() {
            return report.entropyClass().name().toLowerCase(java.util.Locale.ROOT) + " entropy";
        }

        public String classRemark() {
            return "Entropy class: " + className() + " (S_config = " + Figure.format(report.inUnitsOfR()) + "R = "
                    + Figure.format(report.joulesPerMoleKelvin()) + " J/(mol·K); " + ENTROPY_CLASSES + ")";
        }
    }
}
