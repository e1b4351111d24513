package org.daniell.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

/**
 * The fixes for one issue code. {@code target} is the model element the finding is on; the issue's data holds what
 * the check computed for the fix (for example the amount of electrolyte that meets an E/C target).
 */
public interface FixProvider {

    /** The catalogue id this provider fixes. */
    String code();

    List<QuickFix> fixes(Issue issue, EObject target, String documentText);
}
