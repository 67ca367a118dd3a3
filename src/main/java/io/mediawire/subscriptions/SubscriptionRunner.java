package io.mediawire.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of every run, scheduled or by hand: one run of a subscription at a time (an
 * in-process lock per subscription; Quartz's no-concurrent-execution rule is the second guard),
 * the stored state read fresh, the result saved in one save, and the next run scheduled.
 */
final class SubscriptionRunner {
    static final String SCHEDULE = "schedule";
    static final String MANUAL = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRunner.class);

    private final SubscriptionStore store;
    private final FeedPoll poll;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> running = new ConcurrentHashMap<>();
    private volatile RunScheduler scheduler = RunScheduler.NONE;
    private volatile boolean stopping;

    SubscriptionRunner(SubscriptionStore store, FeedPoll poll, Clock clock) {
        this.store = store;
        this.poll = poll;
        this.clock = clock;
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
        try {
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
            lock.unlock();
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
