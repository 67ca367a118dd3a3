package io.mediawire.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of every run, scheduled or by hand: one run of a subscription at a time (an
 * in-process lock per subscription; Quartz's no-concurrent-execution rule is the second guard; across
 * the nodes of a cluster, a claim saved in the repository, see {@link SubscriptionStore#claim}), the
 * stored state read fresh, the result saved in one save, and the next run scheduled.
 *
 * <p>Why a claim in the repository rather than Quartz's clustered JDBC job store: every node keeps its
 * in-memory Quartz and fires when it thinks a run is due, and the claim decides who runs. That needs no
 * second schema, no database of its own in embedded mode and no clock agreement between scheduler and
 * repository: the journal orders the claims' saves, the same guarantee the stories' saves rely on. A
 * node that dies mid-run holds its claim until the lease (the run's deadline plus a minute) ends.
 */
final class SubscriptionRunner {
    static final String SCHEDULE = "schedule";
    static final String MANUAL = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRunner.class);

    private final SubscriptionStore store;
    private final FeedPoll poll;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> running = new ConcurrentHashMap<>();
    /** This runner's name on its claims: one per process, so a restarted node does not take its old claims for its own. */
    private final String runnerId = UUID.randomUUID().toString();
    private final Duration lease;
    private volatile RunScheduler scheduler = RunScheduler.NONE;
    private volatile boolean stopping;

    SubscriptionRunner(SubscriptionStore store, FeedPoll poll, Clock clock, Duration lease) {
        this.store = store;
        this.poll = poll;
        this.clock = clock;
        this.lease = lease;
    }

    void useScheduler(RunScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void stopping() {
        this.stopping = true;
    }

    /** The scheduled run, if the subscription is enabled and due by the module's clock; else it is put back. */
    Optional<RunRecord> runScheduled(String id) {
        return run(id, true);
    }

    /** A run now, due or not. */
    RunRecord runNow(String id) {
        return run(id, false).orElseThrow(() -> new SubscriptionNotFoundException(id));
    }

    private Optional<RunRecord> run(String id, boolean scheduled) {
        ReentrantLock lock = running.computeIfAbsent(id, key -> new ReentrantLock());
        if (!lock.tryLock()) {
            if (scheduled) {
                return Optional.empty(); // the run under way schedules the next one
            }
            throw new RunInProgressException(id);
        }
        boolean claimed = false;
        try {
            Instant now = clock.instant();
            claimed = store.claim(id, runnerId, now, now.plus(lease));
            if (!claimed) {
                if (scheduled) {
                    // Another node runs it. Look again when its claim has run out: by then its run is saved,
                    // and the next run is put at the time it recorded; if it died, this node takes over.
                    scheduler.schedule(id, now.plus(lease));
                    return Optional.empty();
                }
                throw new RunInProgressException(id);
            }
            Optional<Subscription> found = store.find(id);
            if (found.isEmpty() || stopping) {
                scheduler.unschedule(id);
                return Optional.empty();
            }
            Subscription subscription = found.get();
            Instant due = subscription.state().nextRun();
            if (scheduled && !subscription.enabled()) {
                scheduler.unschedule(id);
                return Optional.empty();
            }
            if (scheduled && due != null && due.isAfter(clock.instant())) {
                scheduler.schedule(id, due); // fired early by the clocks' difference: wait for the module's time
                return Optional.empty();
            }
            PollResult result = poll.run(subscription, scheduled ? due : null, scheduled ? SCHEDULE : MANUAL);
            if (stopping) {
                return Optional.empty(); // cut short by the shutdown: the next start runs it again
            }
            Subscription saved = store.recordRun(id, result.record(), result.state());
            if (saved.enabled()) {
                scheduler.schedule(id, saved.state().nextRun());
            }
            log(saved, result.record());
            return Optional.of(result.record());
        } catch (SubscriptionNotFoundException deletedMeanwhile) {
            scheduler.unschedule(id);
            return Optional.empty();
        } finally {
            try {
                if (claimed) {
                    store.release(id, runnerId);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private static void log(Subscription subscription, RunRecord run) {
        if (run.succeeded()) {
            LOG.debug("Polled {}: {} (HTTP {}), {} new, {} duplicate, {} filtered, {} failed, next {}", subscription.url(),
                    run.outcome(), run.status(), run.added(), run.duplicate(), run.filtered(), run.failed(),
                    subscription.state().nextRun());
        } else {
            LOG.info("Poll of {} failed ({} in a row): {}; next {}", subscription.url(),
                    subscription.state().consecutiveFailures(), run.error(), subscription.state().nextRun());
        }
    }
}
