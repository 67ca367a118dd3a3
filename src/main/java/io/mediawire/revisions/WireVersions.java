package io.mediawire.revisions;

import io.mediawire.importing.WireRevisions;
import io.mediawire.story.NewStory;
import io.mediawire.story.OfferResult;
import io.mediawire.story.RevisionKind;
import io.mediawire.story.RevisionOffer;
import io.mediawire.story.Story;

/**
 * A newer version of a stored wire item (ninjs, NewsML-G2) becomes a revision of its story, as a changed page
 * or feed item does: kept frozen, waiting for an editor unless its source accepts updates on its own. The
 * agency's correction signal makes it a correction. The note to editors stays with editors: it is never the
 * public correction note.
 */
public final class WireVersions implements WireRevisions {
    private final RevisionService revisions;

    public WireVersions(RevisionService revisions) {
        this.revisions = revisions;
    }

    @Override
    public String offer(Story stored, NewStory revision, long version, Kind kind) {
        RevisionKind revisionKind = kind == Kind.CORRECTION ? RevisionKind.CORRECTION : RevisionKind.UPDATE;
        OfferResult result = revisions.offer(stored.id(), new RevisionOffer(revision.original().headline(),
                revision.original().body(), Long.toString(version), revision.original().published(), revisionKind, null));
        return "newer version " + version + " of a stored item" + (kind == Kind.CORRECTION ? " (a correction)" : "")
                + ": " + describe(result.outcome());
    }

    private static String describe(OfferResult.Outcome outcome) {
        return switch (outcome) {
            case PENDING -> "waits for an editor as a revision of the story";
            case ACCEPTED -> "accepted on the page, as its source accepts updates";
            case UNCHANGED -> "the same text as the page, nothing stored";
            case ALREADY_PENDING -> "the same text already waits for an editor";
            case DISMISSED_BEFORE -> "an editor dismissed this text before";
            case REVERTED -> "back to the text on the page, the waiting revision set aside";
            case NOT_AN_ARTICLE -> "not an article, nothing stored";
        };
    }
}
