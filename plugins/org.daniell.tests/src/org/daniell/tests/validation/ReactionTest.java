package org.daniell.tests.validation;

import static org.daniell.tests.validation.Checks.absent;
import static org.daniell.tests.validation.Checks.findings;
import static org.daniell.tests.validation.Checks.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.daniell.tests.DaniellInjectorProvider;
import org.daniell.tests.Specs;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Half-reactions balance atoms and charge (ARCHITECTURE "Charge balance", level 3). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class ReactionTest {

    @Inject
    private Specs specs;

    private List<Issue> electrode(String reaction) {
        return findings(specs, "electrode Host { active alpha_MnO2; reaction " + reaction + " }");
    }

    @Test
    void balancedReactionsAreSilent() {
        for (String reaction : List.of("Zn -> Zn[2+] + 2 e-", "MnO2 + 0.5 Zn[2+] + e- -> Zn0.5MnO2",
                "O2 + 2 H2O + 4 e- -> 4 OH-", "Li0.2Ni0.8Mn0.1Co0.1O2 + 0.8 Li[+] + 0.8 e- -> LiNi0.8Mn0.1Co0.1O2")) {
            List<Issue> issues = electrode(reaction);
            absent(issues, "reaction.mass-unbalanced");
            absent(issues, "reaction.charge-unbalanced");
        }
    }

    @Test
    void missingElectronIsAChargeImbalance() {
        Issue issue = only(electrode("Zn -> Zn[2+] + e-"), "reaction.charge-unbalanced");
        assertTrue(issue.getMessage().contains("+1.00"), issue.getMessage());
        absent(electrode("Zn -> Zn[2+] + e-"), "reaction.mass-unbalanced");
    }

    @Test
    void missingManganeseIsAMassImbalance() {
        Issue issue = only(electrode("MnO2 + Zn[2+] + 2 e- -> ZnMn2O4"), "reaction.mass-unbalanced");
        assertTrue(issue.getMessage().contains("Mn +1.00, O +2.00"), issue.getMessage());
    }
}
