package org.daniell.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.daniell.ui.internal.DaniellUiPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Parses and validates a document snapshot with the Xtext services and replaces the editor's findings. */
final class DiagnosticsReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private volatile IDocument document;
    private volatile ITextViewer viewer;
    private volatile IProgressMonitor monitor;
    private final List<DiagnosticAnnotation> shown = new ArrayList<>();

    void setViewer(ITextViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        validate();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        validate();
    }

    @Override
    public void reconcile(IRegion partition) {
        validate();
    }

    void validate() {
        IDocument current = document;
        ITextViewer currentViewer = viewer;
        if (current == null || !(currentViewer instanceof ISourceViewer sourceViewer)) {
            return;
        }
        IAnnotationModel model = sourceViewer.getAnnotationModel();
        if (!(model instanceof IAnnotationModelExtension extension)) {
            return;
        }
        try {
            Injector injector = DaniellUiPlugin.getDefault().injector();
            XtextResource resource = DocumentSnapshot.parse(injector, current.get(), DocumentSnapshot.uriOf(current));
            CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
            List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
            if (cancel.isCanceled()) {
                return;
            }
            replace(extension, issues);
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).log(Status.warning("Daniell could not validate " + DocumentSnapshot.uriOf(current), e));
        }
    }

    private synchronized void replace(IAnnotationModelExtension model, List<Issue> issues) {
        Map<Annotation, Position> added = new HashMap<>();
        List<DiagnosticAnnotation> next = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.getOffset() == null || issue.getLength() == null) {
                continue;
            }
            DiagnosticAnnotation annotation = new DiagnosticAnnotation(issue);
            added.put(annotation, new Position(issue.getOffset(), Math.max(issue.getLength(), 1)));
            next.add(annotation);
        }
        model.replaceAnnotations(shown.toArray(Annotation[]::new), added);
        shown.clear();
        shown.addAll(next);
    }
}
