package io.mediawire.importing;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import running in the background; its progress and results can be read while it runs, by the one
 * who started it and by admins.
 */
public final class ImportJob implements ImportProgress {
    public enum State { QUEUED, RUNNING, DONE }

    private final String id;
    private final String user;
    private final List<String> sources;
    private final boolean publish;
    private final Instant created;
    private final List<ItemResult> results = new CopyOnWriteArrayList<>();
    private final List<Feed> feeds = new CopyOnWriteArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile State state = State.QUEUED;
    private volatile Instant finished;

    ImportJob(String id, String user, List<String> sources, boolean publish, Instant created) {
        this.id = id;
        this.user = user;
        this.sources = List.copyOf(sources);
        this.publish = publish;
        this.created = created;
    }

    /** A job as {@link ImportJobStore} kept it: run by another node, or before a restart. */
    static ImportJob restored(String id, String user, List<String> sources, boolean publish, Instant created, State state,
                              Instant finished, int total, List<ItemResult> results, List<Feed> feeds) {
        ImportJob job = new ImportJob(id, user, sources, publish, created);
        job.state = state;
        job.finished = finished;
        job.total.set(total);
        job.results.addAll(results);
        job.feeds.addAll(feeds);
        return job;
    }

    /** Whether {@code user} may see this job: the one who started it, or an admin. */
    public boolean visibleTo(String user, boolean admin) {
        return admin || (user != null && user.equals(this.user));
    }

    @Override
    public void found(String source, int items) {
        total.addAndGet(items);
    }

    @Override
    public void finished(ItemResult result) {
        results.add(result);
    }

    /** A feed the job read: an editor may want to subscribe to it. */
    public record Feed(URI url, String title) {
    }

    @Override
    public void feedRead(String source, URI feedUrl, String title) {
        feeds.add(new Feed(feedUrl, title));
    }

    /** The feeds among its sources, as read (after redirects). */
    public List<Feed> feeds() {
        return List.copyOf(feeds);
    }

    void running() {
        state = State.RUNNING;
    }

    void done(Instant at) {
        finished = at;
        state = State.DONE;
    }

    public String id() {
        return id;
    }

    public String user() {
        return user;
    }

    public List<String> sources() {
        return sources;
    }

    public boolean publish() {
        return publish;
    }

    public State state() {
        return state;
    }

    public Instant created() {
        return created;
    }

    public Instant finishedAt() {
        return finished;
    }

    /** Items known so far: grows as feeds are read. */
    public int total() {
        return Math.max(total.get(), results.size());
    }

    public List<ItemResult> results() {
        return List.copyOf(results);
    }

    public long count(ItemResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Items, whatever their outcome, that carry warnings: not a fourth outcome, so not part of the totals. */
    public long countWithWarnings() {
        return results.stream().filter(r -> !r.warnings().isEmpty()).count();
    }
}
