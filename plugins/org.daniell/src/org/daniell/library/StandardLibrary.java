package org.daniell.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The standard library: {@code .echem} files shipped inside this bundle (folder {@code library/},
 * listed in {@code library/index.txt}) that every specification sees without an import, in Eclipse,
 * the language server, the command line and tests alike. Their exported names are computed once per
 * injector from a private resource set; references to them are resolved by URI, so each user resource
 * set loads the library file it actually needs.
 */
@Singleton
public class StandardLibrary {

    /** The package of every library element; imported implicitly. */
    public static final QualifiedName PACKAGE = QualifiedName.create("daniell", "std");

    private static final String INDEX = "library/index.txt";

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceDescription.Manager descriptions;

    private volatile List<IEObjectDescription> exported;

    /** The URIs of the library files, as the class loader of this bundle sees them. */
    public List<URI> fileUris() {
        List<URI> uris = new ArrayList<>();
        for (String path : indexedPaths()) {
            URL url = StandardLibrary.class.getClassLoader().getResource(path);
            if (url == null) {
                throw new IllegalStateException("standard library file missing from the bundle: " + path);
            }
            uris.add(URI.createURI(url.toString()));
        }
        return uris;
    }

    /** Everything the library exports, by qualified name. */
    public List<IEObjectDescription> exportedObjects() {
        List<IEObjectDescription> result = exported;
        if (result == null) {
            synchronized (this) {
                result = exported;
                if (result == null) {
                    result = computeExportedObjects();
                    exported = result;
                }
            }
        }
        return result;
    }

    /** Whether {@code uri} names one of the library files. */
    public boolean isLibrary(URI uri) {
        return fileUris().contains(uri);
    }

    private List<IEObjectDescription> computeExportedObjects() {
        XtextResourceSet resourceSet = resourceSets.get();
        List<IEObjectDescription> result = new ArrayList<>();
        for (URI uri : fileUris()) {
            Resource resource = resourceSet.getResource(uri, true);
            if (!resource.getErrors().isEmpty()) {
                throw new IllegalStateException("the standard library file " + uri + " does not parse: "
                        + resource.getErrors().get(0).getMessage() + " (line " + resource.getErrors().get(0).getLine() + ")");
            }
            descriptions.getResourceDescription(resource).getExportedObjects().forEach(result::add);
        }
        return List.copyOf(result);
    }

    private static List<String> indexedPaths() {
        try (InputStream in = StandardLibrary.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("standard library index missing from the bundle: " + INDEX);
            }
            List<String> paths = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#")) {
                    paths.add("library/" + path);
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
