package io.mediawire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Unique keys of stories: source URL, then feed GUID, then body fingerprint. A key is a node
 * whose name is the key's hash, created in the story's own save, so two imports of one story
 * can never both succeed: in this process the store's lock orders them, across processes the
 * second save conflicts on the same name and is retried, and then finds the first.
 */
final class DedupeKeys {
    static final String URL = "url";
    static final String GUID = "guid";
    static final String BODY = "body";

    Optional<CreateResult.Duplicate> findDuplicate(Session session, NewStory story) throws RepositoryException {
        for (Key key : keysOf(story)) {
            Optional<Node> existing = findNode(session, key.kind(), key.value());
            if (existing.isPresent()) {
                return Optional.of(new CreateResult.Duplicate(StoryNodes.read(existing.get()), key.label()));
            }
        }
        return Optional.empty();
    }

    void claim(Session session, NewStory story, Node storyNode) throws RepositoryException {
        for (Key key : keysOf(story)) {
            Node bucket = bucket(session, key.kind(), hash(key.kind(), key.value()), true);
            String name = hash(key.kind(), key.value());
            if (bucket.hasNode(name)) {
                bucket.getNode(name).remove(); // a key left dangling by a deleted story
            }
            Node keyNode = bucket.addNode(name, "mw:key");
            keyNode.setProperty("mw:story", session.getValueFactory().createValue(storyNode, true));
            keyNode.setProperty("mw:key", key.kind() + ":" + key.value());
        }
    }

    void release(Session session, Story story) throws RepositoryException {
        List<Key> all = new ArrayList<>();
        all.add(new Key(URL, story.original().url(), "source URL"));
        if (story.feedGuid() != null) {
            all.add(new Key(GUID, story.feedGuid(), "feed GUID"));
        }
        for (Key key : all) {
            removeIfPointsAt(session, key.kind(), key.value(), story.id());
        }
        // The body key's value is not stored on the story; find it by the story it points at.
        Node bodies = session.getNode("/" + StoryStore.KEYS);
        if (bodies.hasNode(BODY)) {
            for (javax.jcr.NodeIterator buckets = bodies.getNode(BODY).getNodes(); buckets.hasNext(); ) {
                Node bucket = buckets.nextNode();
                // A bucket holds few keys; the fingerprint's own bucket is not known here.
                for (javax.jcr.NodeIterator keys = bucket.getNodes(); keys.hasNext(); ) {
                    Node key = keys.nextNode();
                    if (key.getProperty("mw:story").getString().equals(story.id())) {
                        key.remove();
                        return;
                    }
                }
            }
        }
    }

    private void removeIfPointsAt(Session session, String kind, String value, String id) throws RepositoryException {
        String name = hash(kind, value);
        Node bucket = bucket(session, kind, name, false);
        if (bucket != null && bucket.hasNode(name)
                && bucket.getNode(name).getProperty("mw:story").getString().equals(id)) {
            bucket.getNode(name).remove();
        }
    }

    Optional<Node> find(Session session, String kind, String value) throws RepositoryException {
        return findNode(session, kind, value);
    }

    private Optional<Node> findNode(Session session, String kind, String value) throws RepositoryException {
        String name = hash(kind, value);
        Node bucket = bucket(session, kind, name, false);
        if (bucket == null || !bucket.hasNode(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(bucket.getNode(name).getProperty("mw:story").getNode());
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Node bucket(Session session, String kind, String hash, boolean create) throws RepositoryException {
        Node keys = session.getNode("/" + StoryStore.KEYS);
        Node byKind = child(keys, kind, create);
        return byKind == null ? null : child(byKind, hash.substring(0, 2), create);
    }

    private static Node child(Node parent, String name, boolean create) throws RepositoryException {
        if (parent.hasNode(name)) {
            return parent.getNode(name);
        }
        return create ? parent.addNode(name, StoryStore.INDEX) : null;
    }

    private static List<Key> keysOf(NewStory story) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(URL, story.original().url().strip(), "source URL"));
        if (story.feedGuid() != null && !story.feedGuid().isBlank()) {
            keys.add(new Key(GUID, story.feedGuid().strip(), "feed GUID"));
        }
        if (story.bodyFingerprint() != null && !story.bodyFingerprint().isBlank()) {
            keys.add(new Key(BODY, story.bodyFingerprint(), "body"));
        }
        return keys;
    }

    private static String hash(String kind, String value) {
        return BodyDigest.sha256(kind + ":" + value);
    }

    private record Key(String kind, String value, String label) {
    }
}
