package io.mediawire.sources;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.WorkspaceSessions;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Sessions on {@value #WORKSPACE}, shared by the source and subscription stores (so they share one
 * write lock; see {@link WorkspaceSessions}), and the property helpers both use. Each write is one save.
 */
public final class WorkspaceAccess {
    public static final String WORKSPACE = "mediawire-sources";
    private static final int SAVE_ATTEMPTS = 4;

    private final WorkspaceSessions sessions;

    public WorkspaceAccess(SessionFactory sessions) {
        this.sessions = new WorkspaceSessions(sessions, WORKSPACE);
    }

    public <T> T read(WorkspaceSessions.Work<T> work) {
        return sessions.read(work);
    }

    /** Runs {@code work}, which ends with {@code session.save()}, as the only writer of this workspace in this process. */
    public <T> T write(WorkspaceSessions.Work<T> work) {
        return sessions.write(work);
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
