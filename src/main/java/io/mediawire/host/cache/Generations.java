package io.mediawire.host.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invalidation by counting: every change moves a counter, and a kept answer carries the counters it
 * was made under ({@link Stamp}); it is current while they have not moved. Dropping answers is
 * therefore one increment, however many are kept, and a reader checks two or three numbers.
 *
 * <p>Nodes are counted in a fixed number of stripes by their path's hash: two paths that share a
 * stripe drop each other's answers now and then, which costs a re-render and never a stale answer,
 * and the memory stays fixed however many stories change.
 *
 * <p>An answer made while a change was under way must not be kept with the old counters:
 * {@link #ticket()} is taken before the answer is made, and {@link #stamp} refuses when any
 * invalidation started since. Every invalidation moves {@code started} first, then the counters it
 * drops, so a stamp either sees the change starting (and refuses) or reads counters the change
 * will still move (and goes stale at once).
 */
public final class Generations implements Invalidation {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);
    static final int STRIPES = 4096;

    private final Clock clock;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong everything = new AtomicLong();
    private final AtomicLong publicContent = new AtomicLong();
    private final AtomicLongArray nodes = new AtomicLongArray(STRIPES);
    private final List<Runnable> onEverything = new CopyOnWriteArrayList<>();
    private volatile Instant changedAt;

    public Generations(Clock clock) {
        this.clock = clock;
        this.changedAt = clock.instant();
    }

    /** Taken before an answer is made; see {@link #stamp}. */
    public record Ticket(long started, long everything, long publicContent) {
    }

    /** The counters a kept answer depends on; {@code stripe} is -1 when it depends on no single node. */
    public record Stamp(long everything, long publicContent, int stripe, long node) {
    }

    public Ticket ticket() {
        return new Ticket(started.get(), everything.get(), publicContent.get());
    }

    /**
     * The stamp of an answer made since {@code ticket} and depending on {@code dependency}, or null
     * when a change started meanwhile and the answer must not be kept.
     */
    public Stamp stamp(Ticket ticket, Dependency dependency) {
        int stripe = -1;
        long node = 0;
        if (dependency instanceof Dependency.Node n) {
            stripe = stripe(n.workspace(), n.path());
            node = nodes.get(stripe);
        }
        if (started.get() != ticket.started()) {
            return null;
        }
        long content = dependency instanceof Dependency.PublicContent ? ticket.publicContent() : -1;
        return new Stamp(ticket.everything(), content, stripe, node);
    }

    /** Whether nothing the stamped answer depends on has changed since. */
    public boolean current(Stamp stamp) {
        return stamp.everything() == everything.get()
                && (stamp.publicContent() < 0 || stamp.publicContent() == publicContent.get())
                && (stamp.stripe() < 0 || stamp.node() == nodes.get(stamp.stripe()));
    }

    @Override
    public void changed(String workspace, String path) {
        started.incrementAndGet();
        nodes.incrementAndGet(stripe(workspace, path));
        publicContent.incrementAndGet();
        changedAt = clock.instant();
        LOG.debug("Public answers on {}:{} and all listings dropped", workspace, path);
    }

    @Override
    public void everything(String reason) {
        started.incrementAndGet();
        everything.incrementAndGet();
        changedAt = clock.instant();
        onEverything.forEach(Runnable::run);
        LOG.debug("All public answers dropped: {}", reason);
    }

    /** Run on {@link #everything}, after the counters moved: a cache frees its memory at once. */
    public void onEverything(Runnable action) {
        onEverything.add(action);
    }

    /**
     * The counters at one moment, for {@code /.health/cache}: how often everything was dropped, how
     * many public changes there were (each dropped every listing), and when the last one came.
     */
    public record Counters(long everything, long publicChanges, Instant changedAt) {
    }

    public Counters counters() {
        return new Counters(everything.get(), publicContent.get(), changedAt);
    }

    /** When public content or the site as a whole last changed: no answer can be newer. */
    public Instant changedAt() {
        return changedAt;
    }

    private static int stripe(String workspace, String path) {
        int h = workspace.hashCode() * 31 + path.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }
}
