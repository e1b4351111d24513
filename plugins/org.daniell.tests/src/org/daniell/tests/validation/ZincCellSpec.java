package org.daniell.tests.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Zn‖MnO2 cell written as text, with each statement the capacity and practicality checks read replaceable, so a
 * test states only what it varies. Defaults follow seed-001-002 §6 D4 (a design that meets the S2 framework).
 */
final class ZincCellSpec {

    private final Map<String, String> parts = new LinkedHashMap<>();

    ZincCellSpec() {
        parts.put("format", "format pouch");
        parts.put("negative", """
                active Zn {
                            form foil
                            thickness 45 um
                        }
                        collector self""");
        parts.put("negativeCapacity", "");
        parts.put("positiveMaterial", "alpha_MnO2");
        parts.put("loading", "loading 25 mg/cm2");
        parts.put("specificCapacity", "capacity 250 mAh/g");
        parts.put("positiveCapacity", "");
        parts.put("positiveExtra", "");
        parts.put("electrolyte", """
                salt ZnSO4 2 mol/L
                        additive MnSO4 0.2 mol/L
                        amount 8 g/Ah
                        density 1.3 g/mL""");
        parts.put("protocol", "protocol {\n        charge 0.2 C\n        discharge 0.2 C\n    }");
        parts.put("materials", "");
    }

    ZincCellSpec set(String part, String text) {
        if (!parts.containsKey(part)) {
            throw new IllegalArgumentException(part);
        }
        parts.put(part, text);
        return this;
    }

    ZincCellSpec thickness(String thickness) {
        return set("negative", "active Zn {\n            form foil\n            thickness " + thickness
                + "\n        }\n        collector self");
    }

    /** The negative's capacity stated per area, without a foil thickness. */
    ZincCellSpec negativeCapacity(String capacity) {
        return set("negative", "active Zn\n        collector self").set("negativeCapacity", "capacity " + capacity);
    }

    ZincCellSpec positiveCapacity(String capacity) {
        return set("positiveCapacity", "capacity " + capacity);
    }

    ZincCellSpec loading(String loading) {
        return set("loading", "loading " + loading);
    }

    ZincCellSpec electrolyte(String statements) {
        return set("electrolyte", statements);
    }

    ZincCellSpec amount(String amount) {
        return set("electrolyte", "salt ZnSO4 2 mol/L\n        additive MnSO4 0.2 mol/L\n        amount " + amount
                + "\n        density 1.3 g/mL");
    }

    ZincCellSpec rates(String charge, String discharge) {
        return set("protocol", "protocol {\n        charge " + charge + "\n        discharge " + discharge + "\n    }");
    }

    String text() {
        return """
                package test

                %s

                cell T : battery {
                    %s

                    negative ZincFoil {
                        %s
                        %s
                        reaction Zn -> Zn[2+] + 2 e-
                    }

                    positive Cathode {
                        active %s {
                            %s
                            fraction 70 %%
                            %s
                        }
                        %s
                        %s
                        potential 1.30 V vs Zn[2+]/Zn
                    }

                    electrolyte aqueous {
                        solvent H2O
                        %s
                    }

                    %s
                }
                """.formatted(parts.get("materials"), parts.get("format"), parts.get("negative"),
                parts.get("negativeCapacity"), parts.get("positiveMaterial"), parts.get("loading"),
                parts.get("specificCapacity"), parts.get("positiveCapacity"), parts.get("positiveExtra"),
                parts.get("electrolyte"), parts.get("protocol"));
    }
}
