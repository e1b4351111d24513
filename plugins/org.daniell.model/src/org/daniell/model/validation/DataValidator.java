package org.daniell.model.validation;

import java.util.List;

import org.daniell.model.analysis.Resolved;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Window;
import org.daniell.model.issues.DataIssues;

/** Data hygiene: every potential carries its reference electrode (seed-000 §4.9 R-D2). */
public final class DataValidator extends TopicValidator {

    /** Carrier metals whose couple is the usual reference of their electrolytes, in order of preference. */
    private static final List<String> METAL_REFERENCES = List.of("Zn", "Li", "Na", "K", "Mg", "Ca", "Al");

    @Override
    public void checkElectrolyte(Electrolyte electrolyte, Findings findings) {
        Window window = electrolyte.getWindow();
        if (window == null || window.getReference() != null || window.getLower() == null || window.getUpper() == null) {
            return;
        }
        String suggestion = suggestedReference(electrolyte);
        findings.reportWithFix(DataIssues.WINDOW_WITHOUT_REFERENCE, window, DesignPackage.Literals.WINDOW__UPPER,
                suggestion.equals("SHE") ? List.of("SHE") : List.of(suggestion, "SHE"),
                window.getLower().getValue().toPlainString(), window.getUpper().getValue().toPlainString(), suggestion);
    }

    /** The couple of the first carrier metal among the salts (Zn[2+]/Zn for a Zn salt), else SHE. */
    private static String suggestedReference(Electrolyte electrolyte) {
        for (String metal : METAL_REFERENCES) {
            for (Constituent constituent : Resolved.constituents(electrolyte)) {
                boolean holds = Resolved.resolved(constituent.getMaterial())
                        && MaterialChemistry.formula(constituent.getMaterial())
                                .map(f -> f.elementAmounts().keySet().stream().anyMatch(e -> e.symbol().equals(metal)))
                                .orElse(false);
                if (holds && constituent.getRole() != org.daniell.model.design.ConstituentRole.SOLVENT) {
                    int charge = org.daniell.model.analysis.Chemistry
                            .defaultCationCharge(org.daniell.chem.element.PeriodicTable.element(metal)).orElse(1);
                    return metal + "[" + (charge == 1 ? "" : String.valueOf(charge)) + "+]/" + metal;
                }
            }
        }
        return "SHE";
    }
}
