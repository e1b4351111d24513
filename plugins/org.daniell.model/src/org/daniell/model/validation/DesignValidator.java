package org.daniell.model.validation;

import java.util.List;
import java.util.Map;

import org.daniell.model.analysis.CellAnalyses;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Material;
import org.daniell.model.issues.InternalIssues;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * EMF validation of the design model: dispatches each element to every topic validator. Registered for the design
 * package, it runs the same in the editor, the language server, the command line and on imported models.
 */
public final class DesignValidator implements EValidator {

    public static final DesignValidator INSTANCE = new DesignValidator(TopicValidators.all());

    private final List<TopicValidator> topics;

    public DesignValidator(List<TopicValidator> topics) {
        this.topics = List.copyOf(topics);
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics);
        for (TopicValidator topic : topics) {
            try {
                dispatch(topic, object, findings);
            } catch (RuntimeException e) {
                // a defect in one check must not hide the findings of the others, nor reach the user as a trace
                findings.report(InternalIssues.CHECK_FAILED, object, null, topic.getClass().getSimpleName(),
                        String.valueOf(e));
            }
        }
        return true;
    }

    private static void dispatch(TopicValidator topic, EObject object, Findings findings) {
        if (object instanceof Cell cell) {
            topic.checkCell(cell, CellAnalyses.of(cell), findings);
        } else if (object instanceof Material material) {
            topic.checkMaterial(material, findings);
        } else if (object instanceof Electrode electrode) {
            topic.checkElectrode(electrode, findings);
        } else if (object instanceof Electrolyte electrolyte) {
            topic.checkElectrolyte(electrolyte, findings);
        }
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
