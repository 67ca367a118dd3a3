package io.mediawire.host.security;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.WorkspaceSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The host's {@code access} workspace: sign-in sessions, login failures and the key that signs login
 * forms, kept in the repository so that every node of a cluster shares them (a sign-in through one node
 * holds on the next; a throttle tripped on one holds on all) and a restart forgets none of them.
 * Records are named by the SHA-256 of their key in a folder of its first two hex digits: the repository
 * never holds a usable session id, and no folder grows past a few thousand children.
 */
public final class AccessWorkspace {
    public static final String WORKSPACE = "access";

    /** No same-name siblings: two nodes adding one record at once conflict (and retry) instead of making two. */
    private static final String TYPE = "mgnl:contentNode";
    private static final String[] FOLDERS = {"sessions", "loginFailures", "keys"};

    private final WorkspaceSessions sessions;
    private final CatchUp catchUp;

    /** Reads what other nodes of a cluster saved, now rather than at the next journal sync. */
    @FunctionalInterface
    public interface CatchUp {
        void run() throws RepositoryException;
    }

    public AccessWorkspace(SessionFactory factory) throws RepositoryException {
        this(factory, () -> { });
    }

    /**
     * @param catchUp run before answers that must not be stale: a login failure counted on another node a
     *                moment ago, a session started there for the very request arriving here
     */
    public AccessWorkspace(SessionFactory factory, CatchUp catchUp) throws RepositoryException {
        factory.ensureWorkspace(WORKSPACE);
        this.sessions = new WorkspaceSessions(factory, WORKSPACE);
        this.catchUp = catchUp;
        // The top folders are made at start, one node after the other; the root allows same-name siblings.
        sessions.write(s -> {
            for (String folder : FOLDERS) {
                if (!s.getRootNode().hasNode(folder)) {
                    s.getRootNode().addNode(folder, TYPE);
                }
            }
            s.save();
            return null;
        });
    }

    WorkspaceSessions sessions() {
        return sessions;
    }

    void catchUp() {
        try {
            catchUp.run();
        } catch (RepositoryException e) {
            // answering from this node's state is the best left; the next sync brings the rest
        }
    }

    /**
     * The shared secret of this name, made on first use: a random key that every node reads from the
     * repository. Two nodes making it at once conflict on save; the later one reads the first one's.
     */
    public byte[] secret(String name) {
        return sessions.write(s -> {
            Node keys = s.getRootNode().getNode("keys");
            if (keys.hasProperty(name)) {
                return java.util.Base64.getDecoder().decode(keys.getProperty(name).getString());
            }
            byte[] secret = LoginFormTokens.newSecret();
            keys.setProperty(name, java.util.Base64.getEncoder().encodeToString(secret));
            s.save();
            return secret;
        });
    }

    /** Removes the records of a folder that {@code test} picks, in one save. */
    void removeRecords(String folder, RecordTest test) {
        sessions.write(s -> {
            boolean removed = false;
            for (Node node : records(s, folder)) {
                if (test.picks(node)) {
                    node.remove();
                    removed = true;
                }
            }
            if (removed) {
                s.save();
            }
            return null;
        });
    }

    int countRecords(String folder) {
        return sessions.read(s -> records(s, folder).size());
    }

    @FunctionalInterface
    interface RecordTest {
        boolean picks(Node record) throws RepositoryException;
    }

    private static List<Node> records(Session session, String folder) throws RepositoryException {
        List<Node> records = new ArrayList<>();
        for (NodeIterator buckets = session.getRootNode().getNode(folder).getNodes(); buckets.hasNext(); ) {
            for (NodeIterator nodes = buckets.nextNode().getNodes(); nodes.hasNext(); ) {
                records.add(nodes.nextNode());
            }
        }
        return records;
    }

    /** The record node at {@code /folder/xx/hash}, when there is one. */
    static Node find(Session session, String folder, String key) throws RepositoryException {
        String path = "/" + folder + "/" + path(key);
        return session.nodeExists(path) ? session.getNode(path) : null;
    }

    /** The record node at {@code /folder/xx/hash}, made (with its folders) when missing; the caller saves. */
    static Node findOrAdd(Session session, String folder, String key) throws RepositoryException {
        String hash = hash(key);
        Node node = child(session.getRootNode().getNode(folder), hash.substring(0, 2));
        return child(node, hash);
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, TYPE);
    }

    private static String path(String key) {
        String hash = hash(key);
        return hash.substring(0, 2) + "/" + hash;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
