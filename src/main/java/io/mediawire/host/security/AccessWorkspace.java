package io.mediawire.host.security;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.WorkspaceSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.jcr.Node;
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

    private final WorkspaceSessions sessions;

    public AccessWorkspace(SessionFactory factory) throws RepositoryException {
        factory.ensureWorkspace(WORKSPACE);
        this.sessions = new WorkspaceSessions(factory, WORKSPACE);
    }

    WorkspaceSessions sessions() {
        return sessions;
    }

    /**
     * The shared secret of this name, made on first use: a random key that every node reads from the
     * repository. Two nodes making it at once conflict on save; the later one reads the first one's.
     */
    public byte[] secret(String name) {
        return sessions.write(s -> {
            Node keys = child(s.getRootNode(), "keys");
            if (keys.hasProperty(name)) {
                return java.util.Base64.getDecoder().decode(keys.getProperty(name).getString());
            }
            byte[] secret = LoginFormTokens.newSecret();
            keys.setProperty(name, java.util.Base64.getEncoder().encodeToString(secret));
            s.save();
            return secret;
        });
    }

    /** The record node at {@code /folder/xx/hash}, when there is one. */
    static Node find(Session session, String folder, String key) throws RepositoryException {
        String path = "/" + folder + "/" + path(key);
        return session.nodeExists(path) ? session.getNode(path) : null;
    }

    /** The record node at {@code /folder/xx/hash}, made (with its folders) when missing; the caller saves. */
    static Node findOrAdd(Session session, String folder, String key) throws RepositoryException {
        String hash = hash(key);
        Node node = child(child(session.getRootNode(), folder), hash.substring(0, 2));
        return child(node, hash);
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "nt:unstructured");
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
