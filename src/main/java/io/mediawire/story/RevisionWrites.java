package io.mediawire.story;

import java.time.Instant;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * The store's changes to a story's revisions, each on a story node inside one of the store's saves. The
 * text a story shows is always one revision's, copied whole with its digest after the digest is checked;
 * nothing here writes a body that is not a stored revision's.
 */
final class RevisionWrites {
    private RevisionWrites() {
    }

    /**
     * Keeps at most one revision pending: the text on the page sets the waiting one aside; a text seen
     * before is that revision again (a flapping source stores each of its texts once); a new text is a new
     * pending revision that sets aside the one waiting.
     */
    static OfferResult offer(Node story, RevisionOffer offer, Instant now) throws RepositoryException {
        String text = offer.textSha256();
        Node pending = pending(story);
        if (text.equals(currentTextSha(story))) {
            if (pending == null) {
                return new OfferResult(OfferResult.Outcome.UNCHANGED, null);
            }
            RevisionNodes.decide(pending, Revision.Status.SUPERSEDED, null, now);
            story.setProperty(StoryNodes.REVISION_PENDING, (String) null);
            return new OfferResult(OfferResult.Outcome.REVERTED, RevisionNodes.read(pending));
        }
        Node known = RevisionNodes.withText(story, text);
        if (known != null) {
            Revision revision = RevisionNodes.read(known);
            switch (revision.status()) {
                case PENDING:
                    return new OfferResult(OfferResult.Outcome.ALREADY_PENDING, revision);
                case DISMISSED:
                    return new OfferResult(OfferResult.Outcome.DISMISSED_BEFORE, revision);
                case SUPERSEDED:
                    setAside(pending, now);
                    RevisionNodes.decide(known, Revision.Status.PENDING, null, now);
                    story.setProperty(StoryNodes.REVISION_PENDING, known.getName());
                    return new OfferResult(OfferResult.Outcome.PENDING, RevisionNodes.read(known));
                default:
                    break; // an earlier accepted text come back: a change like any other, stored anew
            }
        }
        RevisionNodes.keepOriginal(story);
        setAside(pending, now);
        Node added = RevisionNodes.addPending(story, offer, now);
        story.setProperty(StoryNodes.REVISION_PENDING, added.getName());
        return new OfferResult(OfferResult.Outcome.PENDING, RevisionNodes.read(added));
    }

    /**
     * Puts the pending revision on the page: its headline and body become the story's agency copy, its
     * digest the story's; returns it. The desk's headline stays, unless it was the agency's own (then it
     * follows the agency) or the source's headline policy refuses it next to the new original.
     */
    static Revision accept(Node story, String user, Instant now, RevisionKind kind, String note, SourceRules rules)
            throws RepositoryException {
        Node node = requirePending(story);
        RevisionNodes.amend(node, kind, note);
        Revision revision = RevisionNodes.read(node);
        if (!revision.intact()) {
            throw new StoreException("revision " + node.getPath() + " no longer matches its bodySha256; not shown",
                    null);
        }
        String deskHeadline = StoryNodes.string(story, StoryNodes.HEADLINE);
        boolean restyled = !deskHeadline.equals(StoryNodes.string(story, StoryNodes.ORIGINAL_HEADLINE));
        story.setProperty(StoryNodes.ORIGINAL_HEADLINE, revision.headline());
        story.setProperty(StoryNodes.BODY, revision.body());
        story.setProperty(StoryNodes.BODY_SHA256, revision.bodySha256());
        story.setProperty(StoryNodes.TEASER, Teasers.cut(Teasers.plainText(revision.body()), Teasers.STORED_LENGTH));
        story.setProperty(StoryNodes.HEADLINE, keptHeadline(story, restyled, deskHeadline, revision.headline(), rules));
        StoryNodes.setDate(story, StoryNodes.SOURCE_MODIFIED, revision.changedAt());
        story.setProperty(StoryNodes.REVISION_KIND, revision.kind().id());
        story.setProperty(StoryNodes.REVISION_NOTE, revision.note());
        story.setProperty(StoryNodes.REVISION_CURRENT, revision.name());
        story.setProperty(StoryNodes.REVISION_PENDING, (String) null);
        RevisionNodes.decide(node, Revision.Status.ACCEPTED, user, now);
        return RevisionNodes.read(node);
    }

    private static String keptHeadline(Node story, boolean restyled, String deskHeadline, String agencyHeadline,
                                       SourceRules rules) throws RepositoryException {
        if (!restyled) {
            return agencyHeadline;
        }
        try {
            rules.checkHeadline(StoryNodes.read(story), deskHeadline); // judged against the agency's new headline
            return deskHeadline;
        } catch (HeadlinePolicyException refused) {
            return agencyHeadline;
        }
    }

    static Revision dismiss(Node story, String user, Instant now) throws RepositoryException {
        Node node = requirePending(story);
        RevisionNodes.decide(node, Revision.Status.DISMISSED, user, now);
        story.setProperty(StoryNodes.REVISION_PENDING, (String) null);
        return RevisionNodes.read(node);
    }

    private static Node requirePending(Node story) throws RepositoryException {
        Node node = pending(story);
        if (node == null) {
            throw new InvalidStoryException("no revision of this story is waiting for a decision");
        }
        return node;
    }

    private static Node pending(Node story) throws RepositoryException {
        String name = StoryNodes.string(story, StoryNodes.REVISION_PENDING);
        return name != null && story.hasNode(name) ? story.getNode(name) : null;
    }

    private static void setAside(Node pending, Instant now) throws RepositoryException {
        if (pending != null) {
            RevisionNodes.decide(pending, Revision.Status.SUPERSEDED, null, now);
        }
    }

    private static String currentTextSha(Node story) throws RepositoryException {
        return StoryText.sha256(StoryNodes.string(story, StoryNodes.ORIGINAL_HEADLINE),
                StoryNodes.string(story, StoryNodes.BODY));
    }
}
