package org.daniell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.daniell.model.design.Specification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Model → text → model gives the same model, for every example (the serializer writes from the model alone). */
@ExtendWith(InjectionExtension.class)
@InjectWith(DaniellInjectorProvider.class)
class SerializerRoundTripTest {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private ISerializer serializer;

    @Inject
    private ParseHelper<Specification> parseHelper;

    static Stream<Path> examples() throws IOException {
        return ExamplesTest.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void serializedModelParsesBackToTheSameModel(Path example) throws Exception {
        XtextResourceSet resourceSet = resourceSets.get();
        Resource original = resourceSet.getResource(URI.createFileURI(example.toAbsolutePath().toString()), true);
        EcoreUtil.resolveAll(original);
        Specification model = (Specification) original.getContents().get(0);

        // A copy without a node model, so the serializer cannot reuse the original text.
        XtextResource detached = (XtextResource) resourceSet.createResource(URI.createURI("memory:/copy.echem"));
        detached.getContents().add(EcoreUtil.copy(model));
        String text = serializer.serialize(detached.getContents().get(0), SaveOptions.newBuilder().format().getOptions());

        Specification reparsed = parseHelper.parse(text, URI.createURI("memory:/reparsed.echem"), resourceSet);
        assertEquals(java.util.List.of(), reparsed.eResource().getErrors(), "the serialized text parses:\n" + text);
        EcoreUtil.resolveAll(reparsed);
        assertTrue(EcoreUtil.equals(model, reparsed), "same model after the round trip:\n" + text);
    }
}
