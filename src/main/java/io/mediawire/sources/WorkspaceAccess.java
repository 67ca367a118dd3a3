package io.mediawire.sources;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoreException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.locks.ReentrantLock;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Sessions on {@value #WORKSPACE}, shared by the source and subscription stores: a read logs in
 * and out around its work; a write does too, holding this process's one write lock, and starts
 * over from fresh state when another cluster node saved first. Each write is one save.
 */
public final class WorkspaceAccess {
    public static final String WORKSPACE = "mediawire-sources";
    private static final int SAVE_ATTEMPTS = 4;

    private final SessionFactory sessions;
    private final ReentrantLock writeLock = new ReentrantLock();

    public WorkspaceAccess(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Session session) throws RepositoryException;
    }

    public <T> T read(Work<T> work) {
        Session session = null;
        try {
            session = sessions.login(WORKSPACE);
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
                    session = sessions.login(WORKSPACE);
                    return work.run(session);
                } catch (InvalidItemStateException | ItemExistsException e) {
                    if (attempt == SAVE_ATTEMPTS) {
                        throw new StoreException("the save kept conflicting with other writers: " + e.getMessage(), e);
                    }
                } catch (RepositoryException e) {
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

    // ---- property helpers shared by the stores of this workspace ----

    public static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    public static Instant date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    public static boolean flag(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) && node.getProperty(name).getBoolean();
    }

    public static void setDate(Node node, String name, Instant at) throws RepositoryException {
        node.setProperty(name, at == null ? null : calendar(at));
    }

    /** Sets a text property, or removes it for null or blank. */
    public static void setText(Node node, String name, String value) throws RepositoryException {
        node.setProperty(name, value == null || value.isBlank() ? null : value);
    }

    public static Calendar calendar(Instant at) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    /** {@code slug}, or {@code slug-2}, {@code slug-3}... when a sibling already has that name. */
    public static String uniqueChildName(Node parent, String slug) throws RepositoryException {
        String name = slug;
        for (int n = 2; parent.hasNode(name); n++) {
            name = slug + "-" + n;
        }
        return name;
    }

    /** True for a string in the canonical UUID form JCR identifiers have. */
    public static boolean isIdentifier(String id) {
        try {
            return id != null && java.util.UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
