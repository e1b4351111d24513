package org.daniell.model.analysis;

import java.util.Map;
import java.util.WeakHashMap;

import org.daniell.model.design.Cell;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The analysis of a cell, computed once per state of its resource: a content adapter on the resource drops every
 * cached analysis when anything in the resource changes (the same policy as Xtext's on-change-evicting cache).
 */
public final class CellAnalyses {

    private CellAnalyses() {
    }

    public static CellAnalysis of(Cell cell) {
        Resource resource = cell.eResource();
        if (resource == null) {
            return CellAnalyzer.analyze(cell);
        }
        Cache cache = Cache.on(resource);
        synchronized (cache) {
            return cache.analyses.computeIfAbsent(cell, CellAnalyzer::analyze);
        }
    }

    private static final class Cache extends EContentAdapter {

        private final Map<Cell, CellAnalysis> analyses = new WeakHashMap<>();

        static Cache on(Resource resource) {
            synchronized (resource) {
                for (Object adapter : resource.eAdapters()) {
                    if (adapter instanceof Cache cache) {
                        return cache;
                    }
                }
                Cache cache = new Cache();
                resource.eAdapters().add(cache);
                return cache;
            }
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.RESOLVE) {
                synchronized (this) {
                    analyses.clear();
                }
            }
        }
    }
}
