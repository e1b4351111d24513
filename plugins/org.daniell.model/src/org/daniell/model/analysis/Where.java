package org.daniell.model.analysis;

import org.daniell.model.design.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** A short human-readable place of a model element, used as the source of stated figures. */
final class Where {

    private Where() {
    }

    static String of(EObject object) {
        if (object == null) {
            return "";
        }
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof Element element && element.getName() != null) {
                Resource resource = current.eResource();
                String file = resource == null || resource.getURI() == null ? "" : resource.getURI().lastSegment();
                return file == null || file.isEmpty() ? element.getName() : file + ", " + element.getName();
            }
        }
        return "";
    }
}
