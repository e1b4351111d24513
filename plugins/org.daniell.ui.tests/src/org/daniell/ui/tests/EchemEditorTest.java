package org.daniell.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.daniell.ui.editor.DaniellPresentationReconciler;
import org.daniell.ui.editor.DiagnosticAnnotation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Opens a cell specification in the running workbench and checks what the researcher sees. */
class EchemEditorTest {

    private static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

    private static final String SPEC = """
            package demo

            /* A Zn||MnO2 cell whose positive electrode is still missing. */
            material Zinc : active {
                formula Zn
            }

            cell HalfWritten : battery {
                negative ZincFoil {
                    active Zinc {
                        thickness 20 um
                    }
                }
            }
            """;

    private IProject project;

    @AfterEach
    void closeAndDelete() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        if (project != null) {
            project.delete(true, true, new NullProgressMonitor());
        }
    }

    @Test
    void opensSpecificationInTheDaniellEditor() throws Exception {
        IFile file = createFile("cells", "HalfWritten.echem", SPEC);
        IContentType contentType = file.getContentDescription().getContentType();
        assertEquals("org.daniell.ui.echem", contentType.getId());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = IDE.openEditor(page, file, true);
        assertEquals(GENERIC_EDITOR_ID, editor.getSite().getId(), "the .echem content type binds the generic editor");
        ISourceViewer viewer = sourceViewer((ITextEditor) editor);

        int cellKeyword = SPEC.indexOf("cell HalfWritten");
        waitUntil(() -> styleAt(viewer, cellKeyword) != null
                && DaniellPresentationReconciler.KEYWORD_COLOR.equals(styleAt(viewer, cellKeyword).foreground),
                "keyword colouring of 'cell'");
        assertEquals(SWT.BOLD, styleAt(viewer, cellKeyword).fontStyle & SWT.BOLD);

        // design checks report on the half-written cell too; the structural error is the one this test follows
        waitUntil(() -> diagnostics(viewer).stream().anyMatch(a -> "cell.missing-electrode".equals(a.getCode())),
                "the missing-electrode error to appear");
        DiagnosticAnnotation missing = diagnostics(viewer).stream()
                .filter(a -> "cell.missing-electrode".equals(a.getCode())).findFirst().orElseThrow();
        assertEquals(DiagnosticAnnotation.ERROR, missing.getType());
        assertEquals("cell.missing-electrode", missing.getCode());
        assertEquals("Cell 'HalfWritten' has no positive electrode.", missing.getText());

        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        int end = document.get().lastIndexOf('}');
        document.replace(end, 0, "    positive Cathode { active Manganese; }\n");
        waitUntil(() -> diagnostics(viewer).stream().anyMatch(a -> a.getText().contains("Manganese")),
                "the unresolved material to be reported after the edit");
        assertTrue(diagnostics(viewer).stream().noneMatch(a -> "cell.missing-electrode".equals(a.getCode())),
                "the edit removed the missing-electrode finding");

        Path screenshot = saveScreenshot("echem-editor.png");
        assertTrue(Files.size(screenshot) > 10_000, "a real screenshot was written: " + screenshot);
    }

    private IFile createFile(String projectName, String fileName, String content) throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        project.create(null);
        project.open(null);
        IFile file = project.getFile(fileName);
        file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    private static ISourceViewer sourceViewer(ITextEditor editor) throws Exception {
        Method getter = AbstractTextEditor.class.getDeclaredMethod("getSourceViewer");
        getter.setAccessible(true);
        return (ISourceViewer) getter.invoke(editor);
    }

    private static StyleRange styleAt(ISourceViewer viewer, int offset) {
        return viewer.getTextWidget().getStyleRangeAtOffset(offset);
    }

    private static List<DiagnosticAnnotation> diagnostics(ISourceViewer viewer) {
        List<DiagnosticAnnotation> result = new ArrayList<>();
        IAnnotationModel model = viewer.getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof DiagnosticAnnotation diagnostic) {
                result.add(diagnostic);
            }
        }
        return result;
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
                display.timerExec(50, () -> { });
            }
        }
    }

    private static Path saveScreenshot(String name) throws Exception {
        Display display = Display.getCurrent();
        long settle = System.currentTimeMillis() + 1_000;
        while (System.currentTimeMillis() < settle) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path directory = Path.of(System.getProperty("daniell.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        ImageLoader loader = new ImageLoader();
        ImageData data = image.getImageData();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertNotNull(data);
        return file;
    }
}
