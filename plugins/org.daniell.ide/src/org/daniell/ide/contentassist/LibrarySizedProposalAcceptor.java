package org.daniell.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;

/**
 * Collects up to 1000 proposals instead of Xtext's 100, so that an empty prefix lists the whole
 * standard library (140 materials and growing); the list is still marked incomplete past the limit.
 */
public class LibrarySizedProposalAcceptor extends IdeContentProposalAcceptor {

    static final int LIMIT = 1000;

    private boolean truncated;

    @Override
    public boolean canAcceptMoreProposals() {
        boolean more = entries.size() < LIMIT;
        truncated |= !more;
        return more;
    }

    @Override
    public boolean didAcceptAllProposals() {
        return !truncated;
    }
}
