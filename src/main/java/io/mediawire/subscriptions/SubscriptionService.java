package io.mediawire.subscriptions;

import io.mediawire.images.ImageCopier;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceStore;
import io.mediawire.story.StoryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions for the module's users (API, command line, authoring UI): add, change, pause,
 * resume, run now, read their run logs and health. Every enabled subscription is polled at its
 * interval by Quartz; {@link #runDue()} runs what is due through the same entry point, for a
 * caller that moves the clock itself.
 */
public final class SubscriptionService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriptionStore store;
    private final SourceStore sources;
    private final Clock clock;
    private final SubscriptionSettings settings;
    private final SafeFetcher fetcher;
    private final FeedPoll poll;
    private final SubscriptionRunner runner;
    private final StoryStore stories;
    private PollScheduler scheduler;

    public SubscriptionService(SubscriptionStore store, SourceStore sources, StoryStore stories, Clock clock,
                               SubscriptionSettings settings) {
        this(store, sources, stories, clock, settings, null);
    }

    /**
     * @param images what copies each new story's pictures, given the service's own fetcher (the polls' address
     *               rules and timeouts); null copies none
     */
    public SubscriptionService(SubscriptionStore store, SourceStore sources, StoryStore stories, Clock clock,
                               SubscriptionSettings settings, Function<SafeFetcher, ImageCopier> images) {
        this.store = store;
        this.sources = sources;
        this.clock = clock;
        this.settings = settings;
        this.fetcher = new SafeFetcher(settings.fetchPolicy());
        this.poll = new FeedPoll(fetcher, new FetchGate(settings.maxConcurrentFetches()), stories, clock, settings,
                images == null ? null : images.apply(fetcher));
        this.runner = new SubscriptionRunner(store, poll, clock, settings.runDeadline().plusMinutes(1));
        store.prepareClaims();
        this.stories = stories;
    }

    /** What one keeping of the wire's times did. */
    public record WireTimes(List<io.mediawire.story.Story> released, List<io.mediawire.story.Story> expired) {
    }

    /**
     * Publishes the stories an auto-publish subscription (or import) held for an embargo that has now lifted, and
     * takes published stories whose {@code expires} time has passed off the site, flagged with the reason for
     * editors; both by the module's clock. Quartz runs it every minute; {@link #runDue()} runs it first.
     */
    public WireTimes applyWireTimes() {
        WireTimes done = new WireTimes(stories.releaseEmbargoes(FeedPoll.SYSTEM_USER),
                stories.unpublishExpired(FeedPoll.SYSTEM_USER));
        if (!done.released().isEmpty() || !done.expired().isEmpty()) {
            LOG.info("Embargoes lifted on {} stories; {} expired stories taken off", done.released().size(),
                    done.expired().size());
        }
        return done;
    }

    /** From now on, a changed item of a stored story is read again and offered as a revision of it. */
    public void useRevisions(io.mediawire.revisions.RevisionService revisions) {
        poll.useRevisions(revisions);
    }

    /**
     * Schedules every enabled subscription at its stored next run (one overdue runs at once) and starts
     * polling, unless the settings say this host does not poll.
     */
    public void start() {
        if (!settings.poll()) {
            return;
        }
        scheduler = new PollScheduler(settings.maxConcurrentFetches(), clock, runner, () -> {
            try {
                applyWireTimes();
            } catch (RuntimeException e) {
                LOG.error("Keeping the wire's times failed", e);
            }
        });
        scheduler.scheduleWireTimes(java.time.Duration.ofMinutes(1));
        int scheduled = 0;
        for (Subscription subscription : store.list()) {
            if (subscription.enabled()) {
                Instant next = subscription.state().nextRun();
                scheduler.schedule(subscription.id(), next != null ? next : clock.instant());
                scheduled++;
            }
        }
        runner.useScheduler(scheduler);
        scheduler.start();
        LOG.info("Polling {} subscriptions", scheduled);
    }

    /** Adds a subscription; its first poll is due at once. */
    public Subscription create(SubscriptionFields fields, String user) {
        Subscription created = store.create(fields, user, clock.instant());
        LOG.info("{} subscribed {} to {}", user, sourceName(created), created.url());
        reschedule(created);
        return created;
    }

    /** Changes what was sent; a new interval takes effect from the last run. */
    public Subscription update(String id, SubscriptionFields fields, String user) {
        Subscription before = store.get(id);
        Subscription updated = store.update(id, fields, user, clock.instant());
        if (!updated.interval().equals(before.interval()) && updated.state().lastRun() != null) {
            Instant next = updated.state().lastRun().plus(updated.interval());
            updated = store.schedule(id, updated.enabled(), next.isBefore(clock.instant()) ? clock.instant() : next);
        }
        reschedule(updated);
        return updated;
    }

    public void delete(String id, String user) {
        Subscription gone = store.get(id);
        store.delete(id);
        unschedule(id);
        LOG.info("{} deleted the subscription to {}", user, gone.url());
    }

    /** Stops polling it; state and run log stay. */
    public Subscription pause(String id) {
        Subscription paused = store.schedule(id, false, store.get(id).state().nextRun());
        unschedule(id);
        return paused;
    }

    /** Polls it again, the first time at once. */
    public Subscription resume(String id) {
        Subscription resumed = store.schedule(id, true, clock.instant());
        reschedule(resumed);
        return resumed;
    }

    /**
     * Polls it now, due or not, and returns the run as logged.
     *
     * @throws RunInProgressException when a run of it is under way
     */
    public RunRecord runNow(String id) {
        store.get(id);
        return runner.runNow(id);
    }

    /**
     * Runs every enabled subscription due by the module's clock, at most the configured number at once,
     * through the scheduled runs' entry point; returns the runs that happened.
     */
    public List<RunRecord> runDue() {
        applyWireTimes();
        Instant now = clock.instant();
        List<String> due = store.list().stream()
                .filter(s -> s.enabled() && (s.state().nextRun() == null || !s.state().nextRun().isAfter(now)))
                .map(Subscription::id).toList();
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrentFetches(), r -> {
            Thread thread = new Thread(r, "media-wire-run-due");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Optional<RunRecord>>> runs = new ArrayList<>();
            for (String id : due) {
                runs.add(workers.submit(() -> runner.runScheduled(id)));
            }
            List<RunRecord> done = new ArrayList<>();
            for (Future<Optional<RunRecord>> run : runs) {
                run.get().ifPresent(done::add);
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running due subscriptions", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a due subscription's run failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    public Optional<Subscription> find(String id) {
        return store.find(id);
    }

    public Subscription get(String id) {
        return store.get(id);
    }

    public List<Subscription> list() {
        return store.list();
    }

    public List<Subscription> ofSource(String sourceReference) {
        return store.ofSource(sourceReference);
    }

    /** The newest runs, newest first (at most the {@value SubscriptionStore#RUNS_KEPT} kept). */
    public List<RunRecord> runs(String id, int limit) {
        return store.runs(id, limit);
    }

    /** New stories its runs brought since {@code since} (the run log's newest 100 runs at most). */
    public int newItemsSince(String id, Instant since) {
        return store.newItemsSince(id, since);
    }

    /** Its health now: stored after each run, but quietness grows while nothing runs. */
    public Health health(Subscription subscription) {
        return poll.healthRules().of(subscription, subscription.state(), clock.instant());
    }

    public FeedsHealth health() {
        Instant now = clock.instant();
        HealthRules rules = poll.healthRules();
        List<FeedsHealth.Entry> entries = new ArrayList<>();
        for (Subscription subscription : store.list()) {
            entries.add(new FeedsHealth.Entry(subscription, sourceName(subscription),
                    rules.of(subscription, subscription.state(), now),
                    rules.quietThreshold(subscription, subscription.state())));
        }
        return new FeedsHealth(now, entries);
    }

    /** How long without a new item makes it quiet now. */
    public java.time.Duration quietThreshold(Subscription subscription) {
        return poll.healthRules().quietThreshold(subscription, subscription.state());
    }

    public String sourceName(Subscription subscription) {
        return sources.find(subscription.sourceId()).map(Source::name).orElse(null);
    }

    /** Whether Quartz holds a job for the subscription (false when this host does not poll). */
    public boolean isScheduled(String id) {
        return scheduler != null && scheduler.isScheduled(id);
    }

    private void reschedule(Subscription subscription) {
        if (scheduler == null) {
            return;
        }
        if (subscription.enabled()) {
            scheduler.schedule(subscription.id(), subscription.state().nextRun());
        } else {
            scheduler.unschedule(subscription.id());
        }
    }

    private void unschedule(String id) {
        if (scheduler != null) {
            scheduler.unschedule(id);
        }
    }

    /** Stops polling: no new runs, fetches under way cut off, runs cut short not recorded. */
    @Override
    public void close() {
        runner.stopping();
        if (scheduler != null) {
            scheduler.standby();
        }
        fetcher.close();
        if (scheduler != null) {
            scheduler.close();
        }
    }
}
