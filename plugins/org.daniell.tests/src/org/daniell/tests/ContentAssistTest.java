package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.daniell.ide.DaniellIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Content assist through the ide services, the way the language server and the Eclipse editor ask for it. */
class ContentAssistTest {

    private static Injector injector;

    @BeforeAll
    static void setUp() {
        injector = new DaniellIdeSetup().createInjectorAndDoEMFRegistration();
    }

    @Test
    void proposesTheTopLevelKeywords() throws Exception {
        assertEquals(List.of("cell", "electrode", "electrolyte", "import", "material", "package"), sorted(proposalsAt("", 0)));
    }

    @Test
    void proposesTheElectrodeRolesInsideACell() throws Exception {
        String text = "cell C : battery {\n    \n}";
        int offset = text.indexOf("    ") + 4;
        List<String> proposals = proposalsAt(text, offset);
        assertTrue(proposals.containsAll(List.of("negative", "positive", "anode", "cathode", "electrolyte", "separator")),
                proposals.toString());
    }

    @Test
    void proposesDeclaredAndLibraryMaterialsForAnActiveMaterial() throws Exception {
        String text = """
                material Zinc : active { formula Zn }
                material Manganese : active { formula MnO2 }
                cell C : battery { negative A { active  } }
                """;
        int offset = text.lastIndexOf("active ") + "active ".length();
        List<String> proposals = proposalsAt(text, offset);
        assertTrue(proposals.containsAll(List.of("Zinc", "Manganese", "Graphite", "NMC811")),
                "the file's own materials and the standard library's: " + proposals);
        assertTrue(proposals.containsAll(List.of("PVDF", "H2O", "Polyethylene", "THF")),
                "the whole library, not only the first hundred names: " + proposals.size());
        assertTrue(proposals.stream().noneMatch(p -> p.startsWith("daniell.std.")),
                "each material once, under its shortest name: " + proposals);
    }

    @Test
    void proposesTheUnitsThatFitTheStatement() throws Exception {
        String text = "cell C : battery { negative A { active Zn { loading 20  } } }";
        List<String> afterLoading = proposalsAt(text, text.indexOf("20 ") + 3);
        assertTrue(afterLoading.contains("mg/cm2"), afterLoading.toString());
        assertTrue(afterLoading.stream().noneMatch(p -> p.equals("um") || p.equals("V")), afterLoading.toString());

        String electrolyte = "cell C : battery { electrolyte aqueous { amount 10  } }";
        List<String> afterAmount = proposalsAt(electrolyte, electrolyte.indexOf("10 ") + 3);
        assertTrue(afterAmount.containsAll(List.of("uL/mAh", "g/Ah")), afterAmount.toString());
    }

    private static List<String> proposalsAt(String text, int offset) throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/assist.echem"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);

        ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
        contexts.setPool(injector.getInstance(ExecutorService.class));
        ContentAssistContext[] context = contexts.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
        injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(context), acceptor);
        List<String> proposals = new ArrayList<>();
        for (ContentAssistEntry entry : acceptor.getEntries()) {
            proposals.add(entry.getProposal());
        }
        return proposals;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
