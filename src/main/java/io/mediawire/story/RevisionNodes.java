package io.mediawire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * The revisions of a story, as children of its node: {@code mw:r0} (the text first imported, written when
 * the first revision arrives), then {@code mw:r1}, {@code mw:r2}... in the order they were first seen.
 * A revision's headline, body and digests are written once, when it is created, and never again; only its
 * status, the decision on it and, when an editor accepts it, the kind and note the editor gives change.
 */
final class RevisionNodes {
    /** Plain JCR nodes: they need no node type of ours, so a home installed before revisions needs no update. */
    static final String NODE_TYPE = "nt:unstructured";
    static final String PREFIX = "mw:r";

    private static final String KIND = "kind";
    private static final String STATUS = "status";
    private static final String HEADLINE = "headline";
    private static final String BODY = "body";
    private static final String BODY_SHA256 = "bodySha256";
    private static final String TEXT_SHA256 = "textSha256";
    private static final String SOURCE_VERSION = "sourceVersion";
    private static final String SOURCE_TIME = "sourceTime";
    private static final String SEEN = "seen";
    private static final String NOTE = "note";
    private static final String DECIDED_BY = "decidedBy";
    private static final String DECIDED_AT = "decidedAt";

    private RevisionNodes() {
    }

    static List<Revision> all(Node story) throws RepositoryException {
        List<Revision> revisions = new ArrayList<>();
        for (NodeIterator children = story.getNodes(PREFIX + "*"); children.hasNext(); ) {
            revisions.add(read(children.nextNode()));
        }
        revisions.sort(java.util.Comparator.comparingInt(r -> number(r.name())));
        return revisions;
    }

    static Revision read(Node node) throws RepositoryException {
        return new Revision(node.getName(), RevisionKind.of(StoryNodes.string(node, KIND)),
                Revision.Status.of(StoryNodes.string(node, STATUS)), StoryNodes.string(node, HEADLINE),
                StoryNodes.string(node, BODY), StoryNodes.string(node, BODY_SHA256), StoryNodes.string(node, TEXT_SHA256),
                StoryNodes.string(node, SOURCE_VERSION), StoryNodes.date(node, SOURCE_TIME), StoryNodes.date(node, SEEN),
                StoryNodes.string(node, NOTE), StoryNodes.string(node, DECIDED_BY), StoryNodes.date(node, DECIDED_AT));
    }

    /** The revision with this text, if the story has one. */
    static Node withText(Node story, String textSha256) throws RepositoryException {
        for (NodeIterator children = story.getNodes(PREFIX + "*"); children.hasNext(); ) {
            Node child = children.nextNode();
            if (textSha256.equals(StoryNodes.string(child, TEXT_SHA256))) {
                return child;
            }
        }
        return null;
    }

    /** The imported text as revision {@code mw:r0}, accepted when the story was created; written once. */
    static void keepOriginal(Node story) throws RepositoryException {
        if (story.hasNode(PREFIX + "0")) {
            return;
        }
        String headline = StoryNodes.string(story, StoryNodes.ORIGINAL_HEADLINE);
        String body = StoryNodes.string(story, StoryNodes.BODY);
        Node node = create(story, PREFIX + "0", RevisionKind.ORIGINAL, headline, body,
                StoryNodes.string(story, StoryNodes.BODY_SHA256), null, StoryNodes.date(story, StoryNodes.SOURCE_PUBLISHED),
                StoryNodes.date(story, StoryNodes.CREATED), null);
        decide(node, Revision.Status.ACCEPTED, StoryNodes.string(story, StoryNodes.CREATED_BY),
                StoryNodes.date(story, StoryNodes.CREATED));
    }

    /** A new pending revision named after the highest number so far. */
    static Node addPending(Node story, RevisionOffer offer, Instant seen) throws RepositoryException {
        int next = 0;
        for (NodeIterator children = story.getNodes(PREFIX + "*"); children.hasNext(); ) {
            next = Math.max(next, number(children.nextNode().getName()) + 1);
        }
        return create(story, PREFIX + next, offer.kind(), offer.headline(), offer.body(),
                BodyDigest.sha256(offer.body()), offer.sourceVersion(), offer.sourceTime(), seen, offer.note());
    }

    private static Node create(Node story, String name, RevisionKind kind, String headline, String body, String bodySha256,
                               String sourceVersion, Instant sourceTime, Instant seen, String note)
            throws RepositoryException {
        Node node = story.addNode(name, NODE_TYPE);
        node.setProperty(KIND, kind.id());
        node.setProperty(STATUS, Revision.Status.PENDING.id());
        node.setProperty(HEADLINE, headline);
        node.setProperty(BODY, body);
        node.setProperty(BODY_SHA256, bodySha256);
        node.setProperty(TEXT_SHA256, StoryText.sha256(headline, body));
        StoryNodes.setOptional(node, SOURCE_VERSION, sourceVersion);
        if (sourceTime != null) {
            StoryNodes.setDate(node, SOURCE_TIME, sourceTime);
        }
        StoryNodes.setDate(node, SEEN, seen);
        StoryNodes.setOptional(node, NOTE, note);
        return node;
    }

    /** A revision's status and the decision on it. */
    static void decide(Node revision, Revision.Status status, String user, Instant at) throws RepositoryException {
        revision.setProperty(STATUS, status.id());
        if (user != null) {
            revision.setProperty(DECIDED_BY, user);
            StoryNodes.setDate(revision, DECIDED_AT, at);
        }
    }

    /** An editor's word on the kind and note when accepting: a correction the agency did not call one. */
    static void amend(Node revision, RevisionKind kind, String note) throws RepositoryException {
        if (kind != null && kind != RevisionKind.ORIGINAL) {
            revision.setProperty(KIND, kind.id());
        }
        if (note != null && !note.isBlank()) {
            revision.setProperty(NOTE, note.strip());
        }
    }

    private static int number(String name) {
        try {
            return Integer.parseInt(name.substring(PREFIX.length()));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
