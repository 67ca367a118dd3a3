package io.mediawire.importing;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.WorkspaceSessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * Import jobs and each item's outcome, in the {@value #WORKSPACE} workspace at {@code /jobs/<xx>/<id>}
 * (xx: the id's first two characters) with one child per finished item: so a job outlives a restart,
 * and whichever node of a cluster a request reaches can show it. Each item's outcome is saved as it
 * ends, after its story's own save: an item recorded as imported is a stored story.
 */
public final class ImportJobStore {
    public static final String WORKSPACE = "mediawire-imports";
    private static final String JOBS = "jobs";
    /** No same-name siblings: two nodes adding one bucket at once conflict (and retry) instead of making two. */
    private static final String TYPE = "mgnl:contentNode";

    private final WorkspaceSessions sessions;

    public ImportJobStore(SessionFactory factory) throws RepositoryException {
        factory.ensureWorkspace(WORKSPACE);
        this.sessions = new WorkspaceSessions(factory, WORKSPACE);
        // made at start, one node after the other: the root allows same-name siblings, the folders do not
        sessions.write(s -> {
            if (!s.getRootNode().hasNode(JOBS)) {
                s.getRootNode().addNode(JOBS, TYPE);
                s.save();
            }
            return null;
        });
    }

    void created(ImportJob job) {
        sessions.write(s -> {
            Node node = folder(s, job.id()).addNode(job.id(), TYPE);
            node.setProperty("user", job.user());
            node.setProperty("sources", job.sources().toArray(String[]::new));
            node.setProperty("publish", job.publish());
            node.setProperty("created", job.created().toEpochMilli());
            node.setProperty("state", job.state().name());
            node.setProperty("total", 0L);
            s.save();
            return null;
        });
    }

    void state(ImportJob job) {
        update(job.id(), node -> {
            node.setProperty("state", job.state().name());
            if (job.finishedAt() != null) {
                node.setProperty("finished", job.finishedAt().toEpochMilli());
            }
            node.setProperty("total", (long) job.total());
        });
    }

    void found(ImportJob job) {
        update(job.id(), node -> node.setProperty("total", (long) job.total()));
    }

    /** The feeds the job read, for the offer to subscribe: addresses and titles side by side ("" for none). */
    void feeds(ImportJob job) {
        update(job.id(), node -> {
            node.setProperty("feedUrls", job.feeds().stream().map(feed -> feed.url().toString()).toArray(String[]::new));
            node.setProperty("feedTitles", job.feeds().stream()
                    .map(feed -> feed.title() == null ? "" : feed.title()).toArray(String[]::new));
        });
    }

    void finished(ImportJob job, ItemResult result) {
        update(job.id(), node -> {
            Node item = node.addNode("item" + node.getNodes().getSize(), TYPE);
            item.setProperty("input", result.input());
            item.setProperty("outcome", result.outcome().name());
            item.setProperty("headline", result.headline());
            item.setProperty("path", result.path());
            item.setProperty("storyId", result.storyId());
            item.setProperty("reason", result.reason());
            item.setProperty("warnings", result.warnings().toArray(String[]::new));
            node.setProperty("total", (long) job.total());
        });
    }

    /** The job as last saved, by whichever node ran it. */
    Optional<ImportJob> find(String id) {
        if (id == null || id.length() < 2 || !id.matches("[A-Za-z0-9-]+")) {
            return Optional.empty();
        }
        return sessions.read(s -> {
            String path = "/" + JOBS + "/" + id.substring(0, 2) + "/" + id;
            return s.nodeExists(path) ? Optional.of(job(s.getNode(path))) : Optional.empty();
        });
    }

    private interface Change {
        void apply(Node job) throws RepositoryException;
    }

    private void update(String id, Change change) {
        sessions.write(s -> {
            String path = "/" + JOBS + "/" + id.substring(0, 2) + "/" + id;
            if (s.nodeExists(path)) {
                change.apply(s.getNode(path));
                s.save();
            }
            return null;
        });
    }

    private static Node folder(Session session, String id) throws RepositoryException {
        Node jobs = session.getRootNode().getNode(JOBS);
        String bucket = id.substring(0, 2);
        return jobs.hasNode(bucket) ? jobs.getNode(bucket) : jobs.addNode(bucket, TYPE);
    }

    private static ImportJob job(Node node) throws RepositoryException {
        List<ItemResult> results = new ArrayList<>();
        for (NodeIterator items = node.getNodes(); items.hasNext(); ) {
            Node item = items.nextNode();
            results.add(new ItemResult(text(item, "input"), ItemResult.Outcome.valueOf(text(item, "outcome")),
                    text(item, "headline"), text(item, "path"), text(item, "storyId"), text(item, "reason"),
                    texts(item, "warnings")));
        }
        return ImportJob.restored(node.getName(), text(node, "user"), texts(node, "sources"),
                node.getProperty("publish").getBoolean(), Instant.ofEpochMilli(node.getProperty("created").getLong()),
                ImportJob.State.valueOf(text(node, "state")),
                node.hasProperty("finished") ? Instant.ofEpochMilli(node.getProperty("finished").getLong()) : null,
                (int) node.getProperty("total").getLong(), results, feeds(node));
    }

    private static List<ImportJob.Feed> feeds(Node node) throws RepositoryException {
        List<String> urls = texts(node, "feedUrls");
        List<String> titles = texts(node, "feedTitles");
        List<ImportJob.Feed> feeds = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String title = i < titles.size() && !titles.get(i).isEmpty() ? titles.get(i) : null;
            feeds.add(new ImportJob.Feed(java.net.URI.create(urls.get(i)), title));
        }
        return feeds;
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    private static List<String> texts(Node node, String name) throws RepositoryException {
        List<String> texts = new ArrayList<>();
        if (node.hasProperty(name)) {
            for (Value value : node.getProperty(name).getValues()) {
                texts.add(value.getString());
            }
        }
        return texts;
    }
}
