package org.daniell.validation;

import org.daniell.model.issues.LanguageIssues;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Statements that hold one value but were written more than once: only the last one would count. */
public class StatementValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into DaniellValidator; not registered on its own
    }

    @Check
    public void statementIsWrittenOnce(EObject object) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
            if (nodes.size() > 1) {
                INode last = nodes.get(nodes.size() - 1);
                org.daniell.model.issues.IssueCode issue = LanguageIssues.STATEMENT_REPEATED;
                getMessageAcceptor().acceptWarning(issue.message(statementName(last, feature), nodes.size()), object,
                        last.getOffset(), last.getLength(), issue.id());
            }
        }
    }

    /** The keyword that introduces the value ("loading", "pH"), or the feature's name. */
    private static String statementName(INode value, EStructuralFeature feature) {
        for (INode previous = value.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
            if (previous.getGrammarElement() instanceof Keyword keyword) {
                return keyword.getValue();
            }
            if (!previous.getText().isBlank()) {
                break;
            }
        }
        return feature.getName();
    }
}
