package org.daniell.tests.validation;

import static org.daniell.tests.validation.Checks.absent;
import static org.daniell.tests.validation.Checks.findings;
import static org.daniell.tests.validation.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The expected findings written in examples/highentropy/*.echem and the NBSCF example (seed-003-004 §7). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class HighEntropyExamplesTest {

    @Inject
    private Specs specs;

    private static final List<String> TOPIC_ERRORS = List.of("composition.", "entropy.", "mechanism.", "reaction.");

    private List<Issue> example(String path) {
        return specs.validate(specs.example(path));
    }

    private static void noTopicErrors(List<Issue> issues) {
        assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .filter(i -> TOPIC_ERRORS.stream().anyMatch(t -> i.getCode().startsWith(t))).toList());
    }

    @Test
    void rockSaltHeoAnodeE1() {
        List<Issue> issues = example("highentropy/RockSaltHeoAnode.echem");
        noTopicErrors(issues);
        absent(issues, "entropy.class-mismatch");               // H-01: high = declared
        absent(issues, "composition.neutrality-infeasible");    // C-01: all 2+
        absent(issues, "composition.valence-residual");
        absent(issues, "mechanism.conversion-needs-anion");     // M-01 passes
        absent(issues, "mechanism.conversion-needs-cation");
        absent(issues, "mechanism.alloying-needs-host");        // M-02: Zn passes
        absent(issues, "mechanism.stabiliser-counted");         // M-08: 1.8 e- with Mg inactive
        only(issues, "claim.cycling-incomplete");               // 80 % after 2500 cycles: no temperature given
    }

    @Test
    void layeredHeoSodiumCathodeE8() {
        List<Issue> issues = example("highentropy/LayeredHeoSodiumCathode.echem");
        noTopicErrors(issues);
        absent(issues, "entropy.class-mismatch");
        absent(issues, "composition.neutrality-infeasible");
        absent(issues, "reaction.mass-unbalanced");
        absent(issues, "reaction.charge-unbalanced");
    }

    @Test
    void zincSymmetricHeElectrolyteE10() {
        List<Issue> issues = example("highentropy/ZnSymmetricHeElectrolyte.echem");
        noTopicErrors(issues);
        absent(issues, "mechanism.metal-capacity-above-theoretical");
    }

    @Test
    void nbscfAsPrintedCannotBeNeutral() throws java.io.IOException {
        // the example writes the literature formula; the seed prints it without the Fe, which cannot be neutral
        String text = java.nio.file.Files.readString(Specs.examples().resolve("fuelcell/ProtonicCeramicFuelCell.echem"));
        absent(example("fuelcell/ProtonicCeramicFuelCell.echem"), "composition.neutrality-infeasible");
        String printed = text.replace("formula NdBa0.5Sr0.5Co1.5Fe0.5O5+δ", "formula NdBa0.5Sr0.5Co0.5O5+δ");
        assertEquals(Severity.ERROR,
                only(findings(specs, printed), "composition.neutrality-infeasible").getSeverity());
    }
}
