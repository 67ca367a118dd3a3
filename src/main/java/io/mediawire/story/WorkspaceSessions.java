package io.mediawire.story;

import io.mediawire.magnolia.SessionFactory;
import java.util.concurrent.locks.ReentrantLock;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions on one workspace for a store: a read logs in and out around its work; a write does too,
 * holding the store's one write lock in this process, and starts over from fresh state when another
 * cluster node saved first. Repository failures become {@link StoreException}s.
 */
public final class WorkspaceSessions {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSessions.class);
    private static final int SAVE_ATTEMPTS = 4;

    private final SessionFactory sessions;
    private final String workspace;
    private final ReentrantLock writeLock = new ReentrantLock();

    public WorkspaceSessions(SessionFactory sessions, String workspace) {
        this.sessions = sessions;
        this.workspace = workspace;
    }

    /**
     * Jackrabbit reports some conflicts with another cluster node's save (an item this save changes was
     * removed there meanwhile) as a plain RepositoryException caused by its item state exceptions.
     */
    private static boolean changedMeanwhile(RepositoryException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("NoSuchItemStateException") || name.equals("StaleItemStateException")) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Session session) throws RepositoryException;
    }

    public <T> T read(Work<T> work) {
        Session session = null;
        try {
            session = sessions.login(workspace);
            return work.run(session);
        } catch (RepositoryException e) {
            throw new StoreException("repository read failed: " + e.getMessage(), e);
        } finally {
            if (session != null) {
                session.logout();
            }
        }
    }

    /** Runs {@code work}, which ends with {@code session.save()}, as the only writer of this process. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Session session = null;
                try {
                    session = sessions.login(workspace);
                    return work.run(session);
                } catch (InvalidItemStateException | ItemExistsException e) {
                    // Another cluster node saved first; start over from fresh state.
                    if (attempt == SAVE_ATTEMPTS) {
                        throw new StoreException("the save kept conflicting with other writers: " + e.getMessage(), e);
                    }
                    LOG.debug("Save conflict in {}, retrying ({})", workspace, e.getMessage());
                } catch (RepositoryException e) {
                    if (changedMeanwhile(e) && attempt < SAVE_ATTEMPTS) {
                        LOG.debug("Save met an item another node removed or changed in {}, retrying", workspace);
                        continue;
                    }
                    throw new StoreException("repository write failed: " + e.getMessage(), e);
                } finally {
                    if (session != null) {
                        session.logout();
                    }
                }
            }
        } finally {
            writeLock.unlock();
        }
    }
}
