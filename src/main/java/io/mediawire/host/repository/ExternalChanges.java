package io.mediawire.host.repository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import org.apache.jackrabbit.api.observation.JackrabbitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes other nodes of the cluster made, as this node reads them from the journal: JCR observation,
 * keeping only events Jackrabbit marks external. What this node changes itself, its own listeners
 * (the story store's, the source store's) already report, with more meaning than a path.
 * Each listener session stays open until {@link #close()}.
 */
public final class ExternalChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalChanges.class);
    private static final int ALL_TYPES = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED
            | Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    /** Told, once per journal record, each path another node changed in a workspace. */
    @FunctionalInterface
    public interface Listener {
        void changed(String workspace, Set<String> paths);
    }

    private final List<Session> sessions = new ArrayList<>();

    private ExternalChanges() {
    }

    public static ExternalChanges listen(EmbeddedRepository repository, List<String> workspaces, Listener listener)
            throws RepositoryException {
        ExternalChanges changes = new ExternalChanges();
        try {
            for (String workspace : workspaces) {
                repository.ensureWorkspace(workspace);
                Session session = repository.login(workspace);
                changes.sessions.add(session);
                session.getWorkspace().getObservationManager().addEventListener(new External(workspace, listener),
                        ALL_TYPES, "/", true, null, null, false);
            }
            return changes;
        } catch (RepositoryException | RuntimeException e) {
            changes.close();
            throw e;
        }
    }

    private record External(String workspace, Listener listener) implements EventListener {
        @Override
        public void onEvent(EventIterator events) {
            Set<String> paths = new LinkedHashSet<>();
            while (events.hasNext()) {
                Event event = events.nextEvent();
                if (event instanceof JackrabbitEvent jackrabbit && jackrabbit.isExternal()) {
                    try {
                        paths.add(event.getPath());
                    } catch (RepositoryException e) {
                        paths.add("/");
                    }
                }
            }
            if (!paths.isEmpty()) {
                LOG.debug("Another node changed {} in {}", paths, workspace);
                try {
                    listener.changed(workspace, paths);
                } catch (RuntimeException e) {
                    LOG.warn("A listener failed on changes from another node in {}", workspace, e);
                }
            }
        }
    }

    @Override
    public void close() {
        for (Session session : sessions) {
            session.logout();
        }
        sessions.clear();
    }
}
