package io.mediawire.host.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Sessions in the {@link AccessWorkspace}, under {@code /sessions}: any node of a cluster finds any session. */
public final class StoredSessions implements SessionRecords {
    private static final String FOLDER = "sessions";

    private final AccessWorkspace access;

    public StoredSessions(AccessWorkspace access) {
        this.access = access;
    }

    @Override
    public void put(AuthSession session) {
        access.sessions().write(s -> {
            Node node = AccessWorkspace.findOrAdd(s, FOLDER, session.id());
            node.setProperty("user", session.user().name());
            node.setProperty("roles", session.user().roles().stream().map(Role::id).sorted().toArray(String[]::new));
            node.setProperty("csrf", session.csrfToken());
            node.setProperty("started", session.started().toEpochMilli());
            node.setProperty("lastSeen", session.lastSeen().toEpochMilli());
            s.save();
            return null;
        });
    }

    /** A session unknown here may have been started on another node a moment ago: read the journal, look again. */
    @Override
    public Optional<AuthSession> get(String id) {
        Optional<AuthSession> found = read(id);
        if (found.isPresent()) {
            return found;
        }
        access.catchUp();
        return read(id);
    }

    private Optional<AuthSession> read(String id) {
        return access.sessions().read(s -> {
            Node node = AccessWorkspace.find(s, FOLDER, id);
            return node == null ? Optional.empty() : Optional.of(session(id, node));
        });
    }

    @Override
    public void touch(AuthSession session, Instant at) {
        session.seen(at);
        access.sessions().write(s -> {
            Node node = AccessWorkspace.find(s, FOLDER, session.id());
            if (node != null && node.getProperty("lastSeen").getLong() < at.toEpochMilli()) {
                node.setProperty("lastSeen", at.toEpochMilli());
                s.save();
            }
            return null;
        });
    }

    @Override
    public void remove(String id) {
        access.sessions().write(s -> {
            Node node = AccessWorkspace.find(s, FOLDER, id);
            if (node != null) {
                node.remove();
                s.save();
            }
            return null;
        });
    }

    @Override
    public void removeIf(Predicate<AuthSession> expired) {
        access.removeRecords(FOLDER, node -> expired.test(session(node.getName(), node)));
    }

    @Override
    public int size() {
        return access.countRecords(FOLDER);
    }

    private static AuthSession session(String id, Node node) throws RepositoryException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Value role : node.getProperty("roles").getValues()) {
            roles.add(Role.parse(role.getString()));
        }
        return new AuthSession(id, new User(node.getProperty("user").getString(), roles), node.getProperty("csrf").getString(),
                Instant.ofEpochMilli(node.getProperty("started").getLong()),
                Instant.ofEpochMilli(node.getProperty("lastSeen").getLong()));
    }
}
