package org.daniell.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.daniell.chem.composition.CompositionAnalysis;
import org.daniell.chem.composition.EntropyClass;
import org.daniell.chem.composition.EntropyReport;
import org.daniell.chem.composition.PrincipalElementReport;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Material;
import org.daniell.model.issues.HighEntropyIssues;

/** The entropy class against the declared label, and the composition definition (seed-003-004 §1.1, §8 H-01, H-02). */
public final class HighEntropyValidator extends TopicValidator {

    @Override
    public void checkMaterial(Material material, Findings findings) {
        Optional<ChemicalFormula> formula = MaterialChemistry.formula(material);
        if (formula.isEmpty()) {
            return;
        }
        CompositionAnalysis analysis = CompositionAnalysis.of(formula.get());
        EntropyReport entropy = analysis.entropy();
        EntropyClass computed = entropy.entropyClass();
        boolean declared = material.isSetDeclaredEntropy();
        String name = material.getName();
        if (declared && analysis.sites().isEmpty()) {
            findings.report(HighEntropyIssues.NO_MIXING_SITE, material, DesignPackage.Literals.MATERIAL__FORMULA, name,
                    word(material.getDeclaredEntropy()));
            return;
        }
        if (declared && !word(material.getDeclaredEntropy()).equals(word(computed))) {
            findings.reportWithFix(HighEntropyIssues.CLASS_MISMATCH, material,
                    DesignPackage.Literals.MATERIAL__DECLARED_ENTROPY, List.of(word(computed)), name,
                    word(material.getDeclaredEntropy()), String.format(Locale.ROOT, "%.3f", entropy.inUnitsOfR()),
                    String.format(Locale.ROOT, "%.2f", entropy.joulesPerMoleKelvin()), word(computed));
        }
        if (analysis.sites().isEmpty()) {
            return;
        }
        boolean definitionMet = analysis.principalElements().stream().anyMatch(PrincipalElementReport::satisfied);
        boolean declaredHigh = declared && word(material.getDeclaredEntropy()).equals(word(EntropyClass.HIGH));
        if (declaredHigh && !definitionMet) {
            findings.report(HighEntropyIssues.PRINCIPAL_ELEMENTS, material, DesignPackage.Literals.MATERIAL__FORMULA,
                    name, describe(analysis.principalElements()));
        }
        boolean entropyHigh = computed == EntropyClass.HIGH;
        if (definitionMet != entropyHigh) {
            String verdict = definitionMet
                    ? "five or more elements lie within 5–35 at%, but S_config is "
                            + String.format(Locale.ROOT, "%.3f", entropy.inUnitsOfR()) + "R, not above 1.5R"
                    : "S_config is " + String.format(Locale.ROOT, "%.3f", entropy.inUnitsOfR())
                            + "R, above 1.5R, but no site has five elements within 5–35 at% ("
                            + describe(analysis.principalElements()) + ")";
            findings.report(HighEntropyIssues.DEFINITIONS_DISAGREE, material, DesignPackage.Literals.MATERIAL__FORMULA,
                    name, verdict);
        }
    }

    private static String describe(List<PrincipalElementReport> reports) {
        return reports.stream().map(r -> r.site().label() + ": " + r.principal().size() + " principal"
                + (r.dominant().isEmpty() ? "" : ", above 35 %: " + symbols(r.dominant()))
                + (r.minor().isEmpty() ? "" : ", below 5 %: " + symbols(r.minor())))
                .collect(Collectors.joining("; "));
    }

    private static String symbols(List<org.daniell.chem.element.Element> elements) {
        return elements.stream().map(org.daniell.chem.element.Element::symbol).collect(Collectors.joining(" "));
    }

    /** The word the language uses for a class: low, medium, high. */
    static String word(Object entropyClass) {
        return entropyClass.toString().toLowerCase(Locale.ROOT);
    }
}
