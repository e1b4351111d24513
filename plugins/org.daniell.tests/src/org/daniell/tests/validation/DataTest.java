package org.daniell.tests.validation;

import static org.daniell.tests.validation.Checks.absent;
import static org.daniell.tests.validation.Checks.findings;
import static org.daniell.tests.validation.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every potential carries its reference electrode (seed-000 §4.9 R-D2). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class DataTest {

    @Inject
    private Specs specs;

    private static final String ELECTROLYTE = "electrolyte Aqueous aqueous {\n    salt ZnSO4 2 mol/L\n    window %s\n}\n";

    @Test
    void windowWithoutReference() {
        assertEquals(Severity.WARNING, only(findings(specs, ELECTROLYTE.formatted("-0.1 V to 2.4 V")),
                "data.window-without-reference").getSeverity());
        absent(findings(specs, ELECTROLYTE.formatted("-0.1 V to 2.4 V vs Zn[2+]/Zn")), "data.window-without-reference");
    }

    @Test
    void quickFixAddsTheZincReference() {
        assertEquals(ELECTROLYTE.formatted("-0.1 V to 2.4 V vs Zn[2+]/Zn"), Checks.applyFix(specs,
                ELECTROLYTE.formatted("-0.1 V to 2.4 V"), "data.window-without-reference", "Add 'vs Zn[2+]/Zn'"));
    }
}
