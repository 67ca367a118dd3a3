package io.mediawire.host.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Failed sign-ins in the {@link AccessWorkspace}, under {@code /loginFailures}. Two nodes counting a
 * failure at once conflict on save and the later one counts again from the saved state, so no failure
 * is lost to a race.
 */
public final class StoredLoginFailures implements FailureRecords {
    private static final String FOLDER = "loginFailures";

    private final AccessWorkspace access;

    public StoredLoginFailures(AccessWorkspace access) {
        this.access = access;
    }

    /** Read after the journal: failures counted on another node a moment ago count here too. */
    @Override
    public Optional<Failures> get(String key) {
        access.catchUp();
        return access.sessions().read(s -> Optional.ofNullable(failures(AccessWorkspace.find(s, FOLDER, key))));
    }

    @Override
    public Failures update(String key, UnaryOperator<Failures> change) {
        return access.sessions().write(s -> {
            Node node = AccessWorkspace.findOrAdd(s, FOLDER, key);
            Failures updated = change.apply(node.hasProperty("count") ? failures(node) : null);
            node.setProperty("count", updated.count());
            if (updated.blockedUntil() == null) {
                node.setProperty("blockedUntil", (String) null);
            } else {
                node.setProperty("blockedUntil", updated.blockedUntil().toEpochMilli());
            }
            node.setProperty("last", updated.last().toEpochMilli());
            s.save();
            return updated;
        });
    }

    @Override
    public void remove(String key) {
        access.sessions().write(s -> {
            Node node = AccessWorkspace.find(s, FOLDER, key);
            if (node != null) {
                node.remove();
                s.save();
            }
            return null;
        });
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        access.removeRecords(FOLDER, node -> node.getProperty("last").getLong() < cutoff.toEpochMilli());
    }

    @Override
    public int size() {
        return access.countRecords(FOLDER);
    }

    private static Failures failures(Node node) throws RepositoryException {
        if (node == null) {
            return null;
        }
        return new Failures((int) node.getProperty("count").getLong(),
                node.hasProperty("blockedUntil") ? Instant.ofEpochMilli(node.getProperty("blockedUntil").getLong()) : null,
                Instant.ofEpochMilli(node.getProperty("last").getLong()));
    }
}
