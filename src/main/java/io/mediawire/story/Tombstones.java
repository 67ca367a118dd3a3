package io.mediawire.story;

import java.time.Instant;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The paths of deleted stories, kept so that a public URL never serves a different story: a deleted story's
 * path answers 410 Gone and is never given to another story. One node per path under
 * {@code /mw:index/gone/<xx>/<sha256 of the path>}, written in the deletion's own save.
 */
final class Tombstones {
    static final String ROOT = StoryStore.INDEX + "/gone";

    private Tombstones() {
    }

    static void bury(Session session, Story story, String user, Instant at) throws RepositoryException {
        Node bucket = bucket(session, story.path(), true);
        String name = BodyDigest.sha256(story.path());
        if (bucket.hasNode(name)) {
            return;
        }
        Node stone = bucket.addNode(name, RevisionNodes.NODE_TYPE);
        stone.setProperty("path", story.path());
        stone.setProperty("sourceUrl", story.original().url());
        stone.setProperty("deletedBy", user);
        StoryNodes.setDate(stone, "deleted", at);
    }

    static boolean isGone(Session session, String path) throws RepositoryException {
        Node bucket = bucket(session, path, false);
        return bucket != null && bucket.hasNode(BodyDigest.sha256(path));
    }

    private static Node bucket(Session session, String path, boolean create) throws RepositoryException {
        String hash = BodyDigest.sha256(path);
        Node index = session.getNode("/" + StoryStore.INDEX);
        Node gone = child(index, "gone", create);
        return gone == null ? null : child(gone, hash.substring(0, 2), create);
    }

    private static Node child(Node parent, String name, boolean create) throws RepositoryException {
        if (parent.hasNode(name)) {
            return parent.getNode(name);
        }
        return create ? parent.addNode(name, StoryStore.INDEX) : null;
    }
}
