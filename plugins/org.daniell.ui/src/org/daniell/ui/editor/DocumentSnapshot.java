package org.daniell.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Parses one snapshot of an editor document into a fresh resource set. The generic editor calls its
 * processors on worker threads, so no parsed resource is ever shared between requests.
 */
public final class DocumentSnapshot {

    private static final URI IN_MEMORY_URI = URI.createURI("inmemory:/document.echem");

    private DocumentSnapshot() {
    }

    /** The resource URI of a document: its workspace file when it has one. */
    public static URI uriOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer != null && buffer.getLocation() != null) {
            return URI.createPlatformResourceURI(buffer.getLocation().toString(), true);
        }
        return IN_MEMORY_URI;
    }

    /** Parses {@code text} as the content of {@code uri} in a new resource set. */
    public static XtextResource parse(Injector injector, String text, URI uri) throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
        resourceSet.getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        return resource;
    }
}
