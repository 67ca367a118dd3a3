package io.mediawire.subscriptions;

import static io.mediawire.sources.WorkspaceAccess.date;
import static io.mediawire.sources.WorkspaceAccess.flag;
import static io.mediawire.sources.WorkspaceAccess.setDate;
import static io.mediawire.sources.WorkspaceAccess.setText;
import static io.mediawire.sources.WorkspaceAccess.string;

import io.mediawire.sources.SourceStore;
import io.mediawire.sources.WorkspaceAccess;
import io.mediawire.story.Slugs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * Subscriptions as {@code mw:subscription} children of their {@code mw:source}, with their
 * scheduler state as properties and their run log as {@code mw:run} children, newest last, the
 * newest {@value #RUNS_KEPT} kept. Recording a run (state, log entry, trimming) is one save.
 */
public final class SubscriptionStore {
    public static final String TYPE = "mw:subscription";
    public static final String RUN_TYPE = "mw:run";
    public static final int RUNS_KEPT = 100;

    private final WorkspaceAccess workspace;

    public SubscriptionStore(WorkspaceAccess workspace) {
        this.workspace = workspace;
    }

    /** A new subscription of the source {@code fields.source()} (an id or node name), due at {@code firstRun}. */
    public Subscription create(SubscriptionFields fields, String user, Instant now) {
        String url = SubscriptionFields.checkedUrl(fields.url());
        Duration interval = SubscriptionFields.checkedInterval(fields.interval() == null ? "PT15M" : fields.interval());
        PublishMode publish = fields.publish() == null ? PublishMode.DRAFT : PublishMode.parse(fields.publish());
        String filters = FeedFilter.compile(fields.filters()).expression();
        Duration quietAfter = SubscriptionFields.checkedQuietAfter(fields.quietAfter());
        if (fields.source() == null || fields.source().isBlank()) {
            throw new InvalidSubscriptionException("source is required: the id of the source this feed belongs to");
        }
        boolean enabled = fields.enabled() == null || fields.enabled();
        return workspace.write(session -> {
            Node source = SourceStore.node(session, fields.source());
            refuseSecondSubscription(source, url, null);
            Node node = source.addNode(WorkspaceAccess.uniqueChildName(source, nameFor(url)), TYPE);
            setDate(node, "mgnl:created", now);
            node.setProperty("mgnl:createdBy", user);
            node.setProperty("url", url);
            node.setProperty("interval", interval.toString());
            node.setProperty("publish", publish.value());
            setText(node, "filters", filters);
            node.setProperty("enabled", enabled);
            setText(node, "quietAfter", quietAfter == null ? null : quietAfter.toString());
            writeState(session, node, SubscriptionState.fresh(now));
            touch(node, user, now);
            session.save();
            return read(node);
        });
    }

    /** Changes what was sent; the scheduler's state stays. */
    public Subscription update(String id, SubscriptionFields fields, String user, Instant now) {
        return workspace.write(session -> {
            Node node = node(session, id);
            if (fields.source() != null && !fields.source().equals(node.getParent().getIdentifier())
                    && !fields.source().equals(node.getParent().getName())) {
                throw new InvalidSubscriptionException("source cannot change: subscribe the other source to this feed instead");
            }
            if (fields.url() != null) {
                String url = SubscriptionFields.checkedUrl(fields.url());
                refuseSecondSubscription(node.getParent(), url, node);
                if (!url.equals(string(node, "url"))) {
                    node.setProperty("url", url);
                    // another feed: its validators and items are not this one's
                    for (String state : List.of("etag", "lastModified", "seen")) {
                        if (node.hasProperty(state)) {
                            node.getProperty(state).remove();
                        }
                    }
                }
            }
            if (fields.interval() != null) {
                node.setProperty("interval", SubscriptionFields.checkedInterval(fields.interval()).toString());
            }
            if (fields.publish() != null) {
                node.setProperty("publish", PublishMode.parse(fields.publish()).value());
            }
            if (fields.filters() != null) {
                setText(node, "filters", FeedFilter.compile(fields.filters()).expression());
            }
            if (fields.enabled() != null) {
                node.setProperty("enabled", fields.enabled());
            }
            if (fields.quietAfter() != null) {
                Duration quiet = SubscriptionFields.checkedQuietAfter(fields.quietAfter());
                setText(node, "quietAfter", quiet == null ? null : quiet.toString());
            }
            touch(node, user, now);
            session.save();
            return read(node);
        });
    }

    /** Sets when the subscription runs next (and whether it runs at all), nothing else. */
    public Subscription schedule(String id, boolean enabled, Instant nextRun) {
        return workspace.write(session -> {
            Node node = node(session, id);
            node.setProperty("enabled", enabled);
            setDate(node, "nextRun", nextRun);
            session.save();
            return read(node);
        });
    }

    public void delete(String id) {
        workspace.write(session -> {
            node(session, id).remove();
            session.save();
            return null;
        });
    }

    /** Saves a run: the subscription's new state and the run's log entry, dropping entries past the newest 100. */
    private static final String CLAIMS = "runClaims";

    public Subscription recordRun(String id, RunRecord run, SubscriptionState state) {
        return workspace.write(session -> {
            Node node = node(session, id);
            writeState(session, node, state);
            Node entry = node.addNode(WorkspaceAccess.uniqueChildName(node,
                    String.format("run-%013d", run.started().toEpochMilli())), RUN_TYPE);
            setDate(entry, "started", run.started());
            entry.setProperty("trigger", run.trigger());
            entry.setProperty("durationMs", run.durationMs());
            entry.setProperty("status", run.status());
            entry.setProperty("outcome", run.outcome());
            entry.setProperty("new", run.added());
            entry.setProperty("duplicate", run.duplicate());
            entry.setProperty("filtered", run.filtered());
            entry.setProperty("failed", run.failed());
            entry.setProperty("unchanged", run.unchanged());
            setText(entry, "error", run.error());
            setText(entry, "problem", run.problem() == null ? null : run.problem().code());
            List<Node> runs = runNodes(node);
            for (int i = 0; i < runs.size() - RUNS_KEPT; i++) {
                runs.get(i).remove();
            }
            session.save();
            return read(node);
        });
    }

    /**
     * Claims the next run of subscription {@code id} for {@code runner} until {@code until}, unless another
     * runner holds a claim that has not expired: the cluster-wide "one run at a time". Claims are nodes of
     * their own, {@code /runClaims/<id>}, so taking one changes nothing an editor saves. Two nodes claiming
     * at once both write the same node; the journal makes the later save fail, and its retry reads the
     * first claim.
     */
    public boolean claim(String id, String runner, Instant now, Instant until) {
        return workspace.write(session -> {
            Node claims = session.getRootNode().getNode(CLAIMS);
            // no same-name siblings: two nodes adding this claim at once conflict, and the retry sees the first
            Node claim = claims.hasNode(id) ? claims.getNode(id) : claims.addNode(id, "mgnl:contentNode");
            if (claim.hasProperty("runner") && !runner.equals(claim.getProperty("runner").getString())
                    && claim.getProperty("until").getLong() > now.toEpochMilli()) {
                return false;
            }
            claim.setProperty("runner", runner);
            claim.setProperty("until", until.toEpochMilli());
            session.save();
            return true;
        });
    }

    /** Makes the claims' folder, at start: the root allows same-name siblings, so it must not be made by two nodes at once. */
    public void prepareClaims() {
        workspace.write(session -> {
            if (!session.getRootNode().hasNode(CLAIMS)) {
                session.getRootNode().addNode(CLAIMS, "mgnl:contentNode");
                session.save();
            }
            return null;
        });
    }

    /** Ends {@code runner}'s claim on the subscription's run, if it still holds it. */
    public void release(String id, String runner) {
        workspace.write(session -> {
            String path = "/" + CLAIMS + "/" + id;
            // the claim node stays (only ends now): removing it while another node writes it would not merge
            if (session.nodeExists(path) && session.getNode(path).hasProperty("runner")
                    && runner.equals(session.getNode(path).getProperty("runner").getString())) {
                session.getNode(path).setProperty("until", 0L);
                session.save();
            }
            return null;
        });
    }

    public Optional<Subscription> find(String id) {
        return workspace.read(session -> {
            try {
                return Optional.of(read(node(session, id)));
            } catch (SubscriptionNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public Subscription get(String id) {
        return find(id).orElseThrow(() -> new SubscriptionNotFoundException(id));
    }

    /** Every subscription, source by source. */
    public List<Subscription> list() {
        return workspace.read(session -> {
            List<Subscription> all = new ArrayList<>();
            for (NodeIterator sources = session.getRootNode().getNodes(); sources.hasNext(); ) {
                Node source = sources.nextNode();
                if (source.isNodeType(SourceStore.TYPE)) {
                    all.addAll(children(source));
                }
            }
            return all;
        });
    }

    public List<Subscription> ofSource(String sourceReference) {
        return workspace.read(session -> children(SourceStore.node(session, sourceReference)));
    }

    /** The newest {@code limit} runs, newest first. */
    public List<RunRecord> runs(String id, int limit) {
        return workspace.read(session -> {
            List<Node> runs = runNodes(node(session, id));
            List<RunRecord> newestFirst = new ArrayList<>();
            for (int i = runs.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
                newestFirst.add(readRun(runs.get(i)));
            }
            return newestFirst;
        });
    }

    /** How many new stories its runs that started at or after {@code since} brought. */
    public int newItemsSince(String id, Instant since) {
        return workspace.read(session -> {
            List<Node> runs = runNodes(node(session, id));
            int added = 0;
            for (int i = runs.size() - 1; i >= 0; i--) {
                Instant started = date(runs.get(i), "started");
                if (started == null || started.isBefore(since)) {
                    break; // newest last: the rest are older
                }
                added += (int) number(runs.get(i), "new");
            }
            return added;
        });
    }

    private static List<Subscription> children(Node source) throws RepositoryException {
        List<Subscription> subscriptions = new ArrayList<>();
        for (NodeIterator nodes = source.getNodes(); nodes.hasNext(); ) {
            Node node = nodes.nextNode();
            if (node.isNodeType(TYPE)) {
                subscriptions.add(read(node));
            }
        }
        return subscriptions;
    }

    private static Node node(Session session, String id) throws RepositoryException {
        if (!WorkspaceAccess.isIdentifier(id)) {
            throw new SubscriptionNotFoundException(String.valueOf(id));
        }
        try {
            Node node = session.getNodeByIdentifier(id);
            if (node.isNodeType(TYPE)) {
                return node;
            }
        } catch (ItemNotFoundException e) {
            // not found below
        }
        throw new SubscriptionNotFoundException(id);
    }

    private static void refuseSecondSubscription(Node source, String url, Node self) throws RepositoryException {
        for (NodeIterator nodes = source.getNodes(); nodes.hasNext(); ) {
            Node other = nodes.nextNode();
            if (other.isNodeType(TYPE) && (self == null || !other.isSame(self)) && url.equals(string(other, "url"))) {
                throw new InvalidSubscriptionException("url: " + string(source, "name") + " already subscribes to " + url);
            }
        }
    }

    private static void writeState(Session session, Node node, SubscriptionState state) throws RepositoryException {
        setText(node, "etag", state.etag());
        setText(node, "lastModified", state.lastModified());
        setDate(node, "lastRun", state.lastRun());
        setDate(node, "nextRun", state.nextRun());
        node.setProperty("health", state.health().value());
        node.setProperty("consecutiveFailures", state.consecutiveFailures());
        setText(node, "lastError", state.lastError());
        setDate(node, "lastNewItem", state.lastNewItem());
        ValueFactory values = session.getValueFactory();
        Value[] arrivals = new Value[state.arrivals().size()];
        for (int i = 0; i < arrivals.length; i++) {
            arrivals[i] = values.createValue(WorkspaceAccess.calendar(state.arrivals().get(i)));
        }
        node.setProperty("arrivals", arrivals);
        node.setProperty("seen", state.seen().toArray(String[]::new));
    }

    private static void touch(Node node, String user, Instant now) throws RepositoryException {
        setDate(node, "mgnl:lastModified", now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    static Subscription read(Node node) throws RepositoryException {
        List<Instant> arrivals = new ArrayList<>();
        if (node.hasProperty("arrivals")) {
            for (Value value : node.getProperty("arrivals").getValues()) {
                arrivals.add(value.getDate().toInstant());
            }
        }
        List<String> seen = new ArrayList<>();
        if (node.hasProperty("seen")) {
            for (Value value : node.getProperty("seen").getValues()) {
                seen.add(value.getString());
            }
        }
        SubscriptionState state = new SubscriptionState(string(node, "etag"), string(node, "lastModified"),
                date(node, "lastRun"), date(node, "nextRun"), Health.parse(string(node, "health")),
                node.hasProperty("consecutiveFailures") ? (int) node.getProperty("consecutiveFailures").getLong() : 0,
                string(node, "lastError"), date(node, "lastNewItem"), arrivals, seen);
        String quiet = string(node, "quietAfter");
        return new Subscription(node.getIdentifier(), node.getParent().getIdentifier(), string(node, "url"),
                Duration.parse(string(node, "interval")), PublishMode.parse(string(node, "publish")),
                string(node, "filters") == null ? "" : string(node, "filters"), flag(node, "enabled"),
                quiet == null ? null : Duration.parse(quiet), state, date(node, "mgnl:created"),
                string(node, "mgnl:createdBy"));
    }

    private static List<Node> runNodes(Node subscription) throws RepositoryException {
        List<Node> runs = new ArrayList<>();
        for (NodeIterator nodes = subscription.getNodes(); nodes.hasNext(); ) {
            Node node = nodes.nextNode();
            if (node.isNodeType(RUN_TYPE)) {
                runs.add(node);
            }
        }
        return runs;
    }

    private static RunRecord readRun(Node node) throws RepositoryException {
        return new RunRecord(date(node, "started"), string(node, "trigger"), number(node, "durationMs"),
                (int) number(node, "status"), string(node, "outcome"), (int) number(node, "new"),
                (int) number(node, "duplicate"), (int) number(node, "filtered"), (int) number(node, "failed"),
                (int) number(node, "unchanged"), string(node, "error"),
                RunProblem.parse(string(node, "problem")).orElse(null));
    }

    private static long number(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getLong() : 0;
    }

    /** A readable node name from the feed's address: {@code feeds-agency-example-world-rss}. */
    private static String nameFor(String url) {
        URI uri = URI.create(url);
        return Slugs.from(uri.getHost() + " " + (uri.getPath() == null ? "" : uri.getPath()));
    }
}
