package io.mediawire.sources;

import static io.mediawire.sources.WorkspaceAccess.date;
import static io.mediawire.sources.WorkspaceAccess.flag;
import static io.mediawire.sources.WorkspaceAccess.setDate;
import static io.mediawire.sources.WorkspaceAccess.setText;
import static io.mediawire.sources.WorkspaceAccess.string;

import io.mediawire.story.Slugs;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources: one {@code mw:source} node each at the root of {@value WorkspaceAccess#WORKSPACE},
 * named by a slug of its first display name. A host belongs to one source at most, so a story's
 * source is never ambiguous. Each change is one save, then the listeners hear of it.
 */
public final class SourceStore {
    public static final String TYPE = "mw:source";
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_HOSTS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SourceStore.class);

    private final WorkspaceAccess workspace;
    private final Clock clock;
    private final List<SourceListener> listeners = new CopyOnWriteArrayList<>();

    public SourceStore(WorkspaceAccess workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public void addListener(SourceListener listener) {
        listeners.add(listener);
    }

    public Source create(SourceFields fields, String user) {
        if (fields.name() == null) {
            throw new InvalidSourceException("name is required: the agency's name as pages should show it");
        }
        Source created = workspace.write(session -> {
            Node root = session.getRootNode();
            Node node = root.addNode(WorkspaceAccess.uniqueChildName(root, Slugs.from(fields.name())), TYPE);
            Instant now = clock.instant();
            setDate(node, "mgnl:created", now);
            node.setProperty("mgnl:createdBy", user);
            node.setProperty("headlinePolicy", HeadlinePolicy.FREE.value());
            for (String flag : List.of("copyImages", "linkImages", "autoAcceptUpdates", "unpublishOnWithdrawal")) {
                node.setProperty(flag, false);
            }
            apply(session, node, fields, user, now);
            session.save();
            return read(node);
        });
        LOG.info("{} added source {} ({})", user, created.name(), String.join(", ", created.hosts()));
        notify(null, created);
        return created;
    }

    public Source update(String reference, SourceFields fields, String user) {
        Source[] before = new Source[1];
        Source updated = workspace.write(session -> {
            Node node = node(session, reference);
            before[0] = read(node);
            apply(session, node, fields, user, clock.instant());
            session.save();
            return read(node);
        });
        notify(before[0], updated);
        return updated;
    }

    /** Deletes the source and, with it, its subscriptions and their run logs. */
    public void delete(String reference, String user) {
        Source deleted = workspace.write(session -> {
            Node node = node(session, reference);
            Source before = read(node);
            node.remove();
            session.save();
            return before;
        });
        LOG.info("{} deleted source {}", user, deleted.name());
        notify(deleted, null);
    }

    /** By id, or by node name (the slug the command line shows). */
    public Optional<Source> find(String reference) {
        return workspace.read(session -> {
            try {
                return Optional.of(read(node(session, reference)));
            } catch (SourceNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public Source get(String reference) {
        return find(reference).orElseThrow(() -> new SourceNotFoundException(reference));
    }

    /** Every source, by display name. */
    public List<Source> list() {
        List<Source> sources = workspace.read(session -> {
            List<Source> all = new ArrayList<>();
            for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (node.isNodeType(TYPE)) {
                    all.add(read(node));
                }
            }
            return all;
        });
        sources.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return sources;
    }

    /** The source node of {@code reference}, an id or a node name, in an open session. */
    public static Node node(Session session, String reference) throws RepositoryException {
        if (reference == null || reference.isBlank()) {
            throw new SourceNotFoundException(String.valueOf(reference));
        }
        Node node = null;
        if (WorkspaceAccess.isIdentifier(reference)) {
            try {
                node = session.getNodeByIdentifier(reference);
            } catch (ItemNotFoundException e) {
                node = null;
            }
        } else if (reference.matches("[\\p{L}\\p{M}\\p{N}-]+") && session.getRootNode().hasNode(reference)) {
            node = session.getRootNode().getNode(reference);
        }
        if (node == null || !node.isNodeType(TYPE)) {
            throw new SourceNotFoundException(reference);
        }
        return node;
    }

    private void apply(Session session, Node node, SourceFields fields, String user, Instant now) throws RepositoryException {
        if (fields.name() != null) {
            String name = fields.name().strip();
            if (name.isEmpty()) {
                throw new InvalidSourceException("name is required: the agency's name as pages should show it");
            }
            node.setProperty("name", bounded("name", name, MAX_NAME));
        }
        if (fields.hosts() != null) {
            node.setProperty("hosts", hosts(session, node, fields.hosts()).toArray(String[]::new));
        }
        if (fields.homepage() != null) {
            setText(node, "homepage", homepage(fields.homepage()));
        }
        if (fields.usageTerms() != null) {
            setText(node, "usageTerms", bounded("usageTerms", fields.usageTerms().strip(), MAX_TEXT));
        }
        if (fields.attribution() != null) {
            setText(node, "attribution", bounded("attribution", fields.attribution().strip(), MAX_NAME));
        }
        if (fields.headlinePolicy() != null) {
            node.setProperty("headlinePolicy", HeadlinePolicy.parse(fields.headlinePolicy()).value());
        }
        if (fields.copyImages() != null) {
            node.setProperty("copyImages", fields.copyImages());
        }
        if (fields.linkImages() != null) {
            node.setProperty("linkImages", fields.linkImages());
        }
        if (fields.autoAcceptUpdates() != null) {
            node.setProperty("autoAcceptUpdates", fields.autoAcceptUpdates());
        }
        if (fields.unpublishOnWithdrawal() != null) {
            node.setProperty("unpublishOnWithdrawal", fields.unpublishOnWithdrawal());
        }
        setDate(node, "mgnl:lastModified", now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    /** Normalized, without repeats, and none already claimed by another source. */
    private static List<String> hosts(Session session, Node node, List<String> given) throws RepositoryException {
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (String host : given) {
            hosts.add(HostNames.normalize(host));
        }
        if (hosts.size() > MAX_HOSTS) {
            throw new InvalidSourceException("hosts: at most " + MAX_HOSTS + " per source");
        }
        for (NodeIterator others = session.getRootNode().getNodes(); others.hasNext(); ) {
            Node other = others.nextNode();
            if (other.isNodeType(TYPE) && !other.isSame(node)) {
                for (String host : read(other).hosts()) {
                    if (hosts.contains(host)) {
                        throw new InvalidSourceException("hosts: " + host + " already belongs to the source \""
                                + string(other, "name") + "\"");
                    }
                }
            }
        }
        return List.copyOf(hosts);
    }

    private static String homepage(String text) {
        String url = text.strip();
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidSourceException("homepage must be an http or https address, not '" + text + "'");
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidSourceException(field + " is longer than " + max + " characters");
        }
        return value;
    }

    static Source read(Node node) throws RepositoryException {
        List<String> hosts = new ArrayList<>();
        if (node.hasProperty("hosts")) {
            for (Value value : node.getProperty("hosts").getValues()) {
                hosts.add(value.getString());
            }
        }
        String policy = string(node, "headlinePolicy");
        return new Source(node.getIdentifier(), node.getName(), string(node, "name"), hosts, string(node, "homepage"),
                string(node, "usageTerms"), string(node, "attribution"),
                policy == null ? HeadlinePolicy.FREE : HeadlinePolicy.parse(policy), flag(node, "copyImages"),
                flag(node, "linkImages"), flag(node, "autoAcceptUpdates"), flag(node, "unpublishOnWithdrawal"), date(node, "mgnl:created"),
                string(node, "mgnl:createdBy"), date(node, "mgnl:lastModified"), string(node, "mgnl:lastModifiedBy"));
    }

    private void notify(Source before, Source after) {
        for (SourceListener listener : listeners) {
            try {
                listener.changed(before, after);
            } catch (RuntimeException e) {
                LOG.warn("Source listener failed on {}", after != null ? after.name() : before.name(), e);
            }
        }
    }
}
