package org.daniell.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Re-validates the document 300 ms after the last edit and shows every finding as an annotation
 * (squiggle, ruler and overview marks) in the generic editor.
 */
public class DaniellDiagnosticsReconciler extends MonoReconciler {

    private static final int DELAY_MS = 300;

    private final DiagnosticsReconcilingStrategy strategy;

    public DaniellDiagnosticsReconciler() {
        this(new DiagnosticsReconcilingStrategy());
    }

    private DaniellDiagnosticsReconciler(DiagnosticsReconcilingStrategy strategy) {
        super(strategy, false);
        this.strategy = strategy;
        setDelay(DELAY_MS);
    }

    @Override
    public void install(ITextViewer textViewer) {
        super.install(textViewer);
        strategy.setViewer(textViewer);
    }

    @Override
    public void uninstall() {
        strategy.setViewer(null);
        super.uninstall();
    }

    @Override
    protected void initialProcess() {
        IDocument document = getDocument();
        if (document != null) {
            strategy.validate();
        }
    }
}
