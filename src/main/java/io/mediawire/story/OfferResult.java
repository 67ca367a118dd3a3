package io.mediawire.story;

/**
 * What became of a text offered as a revision.
 *
 * @param revision the revision concerned (new, waiting already, dismissed before), or null
 */
public record OfferResult(Outcome outcome, Revision revision) {

    public enum Outcome {
        /** The text is the one on the page: nothing stored (markup aside, the same words). */
        UNCHANGED,
        /** Stored as the revision waiting for an editor (any earlier waiting one set aside). */
        PENDING,
        /** The same text already waits for an editor: nothing stored. */
        ALREADY_PENDING,
        /** An editor dismissed this very text before: it does not come back. */
        DISMISSED_BEFORE,
        /** The source went back to the text on the page: the revision waiting was set aside. */
        REVERTED,
        /** Refused before it reached the store: not an article (a login wall, an error page). */
        NOT_AN_ARTICLE,
        /** Stored and accepted at once: the source accepts its updates on its own. */
        ACCEPTED
    }

    public boolean stored() {
        return outcome == Outcome.PENDING || outcome == Outcome.ACCEPTED;
    }
}
