package io.mediawire.revisions;

import io.mediawire.story.Story;

/**
 * What a story's source says about changes at the source: whether its updates go on the page without an
 * editor, and whether a story it withdraws comes off the site by itself. The module answers from the
 * sources' settings ({@code autoAcceptUpdates}, {@code unpublishOnWithdrawal}).
 */
public interface SourcePolicy {
    boolean acceptsUpdatesAutomatically(Story story);

    boolean unpublishesOnWithdrawal(Story story);

    /** Every revision waits for an editor; nothing is unpublished by itself. */
    SourcePolicy CAUTIOUS = new SourcePolicy() {
        @Override
        public boolean acceptsUpdatesAutomatically(Story story) {
            return false;
        }

        @Override
        public boolean unpublishesOnWithdrawal(Story story) {
            return false;
        }
    };
}
