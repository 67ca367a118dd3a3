package io.mediawire.subscriptions;

import io.mediawire.images.ImageCopier;
import io.mediawire.importing.ArticleReader;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ItemOptions;
import io.mediawire.importing.ItemResult;
import io.mediawire.importing.StoryImporter;
import io.mediawire.importing.feed.FeedDetector;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.feed.FeedException;
import io.mediawire.importing.feed.FeedFormat;
import io.mediawire.importing.feed.FeedParser;
import io.mediawire.importing.feed.FeedProblem;
import io.mediawire.importing.feed.ParsedFeed;
import io.mediawire.importing.fetch.Conditional;
import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.FetchedDocument;
import io.mediawire.importing.fetch.PageFetcher;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.importing.fetch.Validators;
import io.mediawire.revisions.RevisionService;
import io.mediawire.revisions.WireVersions;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.OfferResult;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNotFoundException;
import io.mediawire.importing.wire.WireEntry;
import io.mediawire.importing.wire.WireFormat;
import io.mediawire.importing.wire.WireFormatException;
import io.mediawire.story.StoryStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one subscription: a conditional GET of its feed (a 304 ends the run there, nothing
 * parsed), then each item the subscription has not dealt with before through the import path
 * (stored once whatever feed it came from, filtered, published when the subscription says so).
 * Nothing is stored when the feed cannot be read; the run's state and log entry are returned for
 * the caller to save.
 */
final class FeedPoll {
    static final String SYSTEM_USER = "system";
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoll.class);

    private final SafeFetcher fetcher;
    private final FetchGate gate;
    private final StoryImporter importer;
    private final StoryStore stories;
    private final Clock clock;
    private final Schedule schedule;
    private final HealthRules health;
    private final Duration runDeadline;
    private final boolean conditional;
    private final FeedParser parser = new FeedParser();
    private final ArticleReader reader = new ArticleReader(Clock.systemUTC());
    private volatile RevisionService revisions;

    /** @param images copies a new story's pictures (outside the fetch gate: pictures are fetched once each); or null */
    FeedPoll(SafeFetcher fetcher, FetchGate gate, StoryStore stories, Clock clock, SubscriptionSettings settings,
             ImageCopier images) {
        this.fetcher = fetcher;
        this.gate = gate;
        // the page budget times real processing, whatever clock the schedule runs on
        this.importer = new StoryImporter(fetcher, stories, Clock.systemUTC(), images);
        this.stories = stories;
        this.clock = clock;
        this.schedule = new Schedule(settings.maxBackoff());
        this.health = new HealthRules(settings.failingAfter(), settings.defaultQuiet());
        this.runDeadline = settings.runDeadline();
        this.conditional = settings.conditionalGet();
    }

    /**
     * Changed items of stored stories are read again and offered as revisions from now on, and so are newer
     * versions of stored wire items.
     */
    void useRevisions(RevisionService revisions) {
        this.revisions = revisions;
        importer.wire().useRevisions(new WireVersions(revisions));
    }

    HealthRules healthRules() {
        return health;
    }

    /** @param due when the run was due; null for a run started by hand */
    PollResult run(Subscription subscription, Instant due, String trigger) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        RunBudget budget = RunBudget.of(runDeadline);
        Counts counts = new Counts();
        SubscriptionState before = subscription.state();
        try {
            URI url = URI.create(subscription.url());
            Validators validators = conditional ? before.validators() : Validators.NONE;
            Conditional answer = gate.fetch(url, budget, () -> fetcher.fetchIfChanged(url, validators, budget.remaining()));
            if (answer.notModified()) {
                return succeeded(subscription, due, started, startNanos, trigger, 304, RunRecord.NOT_MODIFIED, counts,
                        answer.validators(), before.seen());
            }
            FetchedDocument document = answer.document();
            WireFormat wire = WireFormat.detect(document.body(), document.contentType());
            if (wire != WireFormat.NONE) {
                Set<String> seen = importWireItems(subscription, wire.read(document.body()), budget, counts);
                Validators next = counts.partial ? before.validators() : answer.validators();
                return succeeded(subscription, due, started, startNanos, trigger, document.status(), RunRecord.OK, counts,
                        next, List.copyOf(seen));
            }
            if (FeedDetector.detect(document.body(), document.contentType()) == FeedFormat.NOT_A_FEED) {
                boolean page = "text/html".equals(document.contentType())
                        || "application/xhtml+xml".equals(document.contentType());
                return failed(subscription, started, startNanos, trigger, document.status(), "not a feed: "
                        + document.finalUrl() + " answered with " + describe(document.contentType())
                        + ", not RSS, RDF, Atom or JSON Feed", Optional.empty(),
                        page ? RunProblem.NOT_A_FEED_PAGE : RunProblem.NOT_A_FEED);
            }
            ParsedFeed feed = parser.parse(document.body(), document.charset().name(), document.finalUrl());
            Set<String> seen = importItems(subscription, feed, budget, counts);
            Validators next = counts.partial ? before.validators() : answer.validators();
            return succeeded(subscription, due, started, startNanos, trigger, document.status(), RunRecord.OK, counts,
                    next, List.copyOf(seen));
        } catch (FetchException e) {
            return failed(subscription, started, startNanos, trigger, statusOf(e), e.getMessage(), e.retryAfter(),
                    RunProblem.of(e.reason()));
        } catch (FeedException | WireFormatException e) {
            return failed(subscription, started, startNanos, trigger, 200, e.getMessage(), Optional.empty(),
                    RunProblem.UNREADABLE_FEED);
        } catch (RuntimeException e) {
            LOG.error("Run of subscription {} ({}) failed", subscription.id(), subscription.url(), e);
            return failed(subscription, started, startNanos, trigger, 0, "unexpected error: " + e, Optional.empty(),
                    RunProblem.UNEXPECTED);
        }
    }

    /** Each item not dealt with before, in feed order; returns the keys of this feed version's items dealt with. */
    private Set<String> importItems(Subscription subscription, ParsedFeed feed, RunBudget budget, Counts counts) {
        Set<String> known = new HashSet<>(subscription.state().seen());
        Set<String> knownItems = new HashSet<>();
        known.forEach(key -> knownItems.add(ItemKeys.identity(key)));
        Set<String> dealtWith = new LinkedHashSet<>();
        ItemOptions options = options(subscription, pageFetcher(budget));
        String label = subscription.url();
        for (FeedEntry entry : feed.entries()) {
            String identity = ItemKeys.of(entry);
            String key = ItemKeys.versioned(entry);
            // A key kept before keys carried versions names the same item.
            Step step = step(key, known.contains(key) || known.contains(identity), dealtWith, budget, counts);
            if (step == Step.STOP) {
                break;
            }
            if (step == Step.SKIP) {
                continue;
            }
            Optional<Story> changed = knownItems.contains(identity) ? stored(entry) : Optional.empty();
            if (changed.isPresent() && revisions != null) {
                counts.duplicate++; // a story stored before: what changed in it waits on the story, as a revision
                if (reread(changed.get(), feed, entry, budget, counts)) {
                    dealtWith.add(key);
                }
                continue;
            }
            if (alreadyStored(entry)) {
                counts.duplicate++;
                dealtWith.add(key);
                continue;
            }
            ItemResult result = importer.importItem(label, feed.title(), entry, options);
            counts.count(result);
            if (result.outcome() != ItemResult.Outcome.FAILED) {
                dealtWith.add(key);
            }
        }
        for (FeedProblem problem : feed.problems()) {
            counts.failed++;
            counts.error(problem.message());
        }
        return dealtWith;
    }

    /**
     * An item of a stored story changed in the feed: its text now (the feed's, or its page's through the
     * gate) is offered as a revision. Returns false when it could not be read (tried again next run).
     */
    private boolean reread(Story story, ParsedFeed feed, FeedEntry entry, RunBudget budget, Counts counts) {
        try {
            ArticleReader.Read read = reader.readItem(entry, feed.title(), pageFetcher(budget));
            String version = entry.updated() == null ? null : entry.updated().toString();
            OfferResult offered = revisions.offer(story.id(), read, version);
            LOG.info("Item {} of {} changed in its feed: {}", entry.link(), story.path(), offered.outcome());
            return true;
        } catch (FetchException e) {
            if (e.status() == 410) {
                revisions.withdraw(story.id(), "the source answers 410 Gone: " + e.getMessage());
                return true;
            }
            counts.error(entry.link() + ": " + e.getMessage());
            return false;
        } catch (ImportException | InvalidStoryException | IllegalArgumentException e) {
            counts.error(entry.link() + ": " + e.getMessage());
            return false;
        } catch (StoryNotFoundException deletedMeanwhile) {
            return false;
        }
    }

    private Optional<Story> stored(FeedEntry entry) {
        Optional<Story> byGuid = stories.byFeedGuid(entry.guid());
        return byGuid.isPresent() || entry.link() == null ? byGuid
                : stories.bySourceUrl(ItemKeys.normalized(entry.link()));
    }

    /**
     * Each wire item (ninjs, NewsML) not dealt with before, by its uri and version, so a newer version or a kill
     * of a known item is dealt with once; an item that cannot be read fails alone and is tried again next run.
     */
    private Set<String> importWireItems(Subscription subscription, List<WireEntry> entries, RunBudget budget,
                                        Counts counts) {
        Set<String> known = new HashSet<>(subscription.state().seen());
        Set<String> dealtWith = new LinkedHashSet<>();
        ItemOptions options = options(subscription, null);
        for (WireEntry entry : entries) {
            String key = entry instanceof WireEntry.Read read
                    ? "wire:" + read.item().uri() + "#" + read.item().version() + ":" + read.item().pubStatus() : null;
            Step step = step(key, key != null && known.contains(key), dealtWith, budget, counts);
            if (step == Step.STOP) {
                break;
            }
            if (step == Step.SKIP) {
                continue;
            }
            ItemResult result = importer.wire().importEntry(entry, options);
            counts.count(result);
            if (key != null && result.outcome() != ItemResult.Outcome.FAILED) {
                dealtWith.add(key);
            }
        }
        return dealtWith;
    }

    private static ItemOptions options(Subscription subscription, PageFetcher pages) {
        return new ItemOptions(subscription.publish() == PublishMode.PUBLISH, SYSTEM_USER, subscription.sourceId(),
                subscription.id(), FeedFilter.compile(subscription.filters()), pages);
    }

    private enum Step { SKIP, STOP, IMPORT }

    /** An item dealt with in an earlier run is skipped; once the run's time is spent, the rest wait for the next. */
    private Step step(String key, boolean seen, Set<String> dealtWith, RunBudget budget, Counts counts) {
        if (seen) {
            counts.unchanged++;
            dealtWith.add(key);
            return Step.SKIP;
        }
        if (budget.spent()) {
            counts.partial = true;
            counts.error("the run reached its time limit of " + runDeadline + "; the remaining items come next run");
            return Step.STOP;
        }
        return Step.IMPORT;
    }

    /** Known by its link or GUID: no need to fetch its page or extract it again. */
    private boolean alreadyStored(FeedEntry entry) {
        return (entry.link() != null && stories.bySourceUrl(ItemKeys.normalized(entry.link())).isPresent())
                || stories.byFeedGuid(entry.guid()).isPresent();
    }

    /** Item pages go through the same gate and the run's budget as the feed. */
    private PageFetcher pageFetcher(RunBudget budget) {
        return url -> gate.fetch(url, budget, () -> {
            Conditional page = fetcher.fetchIfChanged(url, Validators.NONE, budget.remaining());
            return page.document();
        });
    }

    private PollResult succeeded(Subscription subscription, Instant due, Instant started, long startNanos, String trigger,
                                 int status, String outcome, Counts counts, Validators validators, List<String> seen) {
        Instant now = clock.instant();
        SubscriptionState before = subscription.state();
        List<Instant> arrivals = new ArrayList<>(before.arrivals());
        Instant lastNewItem = before.lastNewItem();
        if (counts.added > 0) {
            arrivals.add(now);
            lastNewItem = now;
        }
        while (arrivals.size() > SubscriptionState.ARRIVALS_KEPT) {
            arrivals.remove(0);
        }
        SubscriptionState state = new SubscriptionState(validators.etag(), validators.lastModified(), started,
                schedule.afterSuccess(subscription.interval(), due, now), Health.HEALTHY, 0, null, lastNewItem,
                arrivals, seen);
        state = withHealth(subscription, state, now);
        return new PollResult(counts.record(started, trigger, millisSince(startNanos), status, outcome), state);
    }

    private PollResult failed(Subscription subscription, Instant started, long startNanos, String trigger, int status,
                              String error, Optional<Duration> retryAfter, RunProblem problem) {
        Instant now = clock.instant();
        SubscriptionState before = subscription.state();
        int failures = before.consecutiveFailures() + 1;
        SubscriptionState state = new SubscriptionState(before.etag(), before.lastModified(), started,
                schedule.afterFailure(subscription.interval(), failures, now, retryAfter), before.health(), failures,
                error, before.lastNewItem(), before.arrivals(), before.seen());
        state = withHealth(subscription, state, now);
        Counts none = new Counts();
        none.error(error);
        none.problem = problem;
        return new PollResult(none.record(started, trigger, millisSince(startNanos), status, RunRecord.FAILED), state);
    }

    private SubscriptionState withHealth(Subscription subscription, SubscriptionState state, Instant now) {
        Health current = health.of(subscription, state, now);
        return new SubscriptionState(state.etag(), state.lastModified(), state.lastRun(), state.nextRun(), current,
                state.consecutiveFailures(), state.lastError(), state.lastNewItem(), state.arrivals(), state.seen());
    }

    /** The status a refusal names ("HTTP 404 Not Found from ..."); 0 when no answer came (timeouts, blocked addresses). */
    private static int statusOf(FetchException e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher status = java.util.regex.Pattern.compile("HTTP (\\d{3})").matcher(message);
        return status.find() ? Integer.parseInt(status.group(1)) : 0;
    }

    private static String describe(String contentType) {
        return contentType == null ? "content of no known type" : contentType.equals("text/html") ? "an HTML page"
                : contentType;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What a run counted; the first error is kept for its log entry. */
    private static final class Counts {
        int added;
        int duplicate;
        int filtered;
        int failed;
        int unchanged;
        boolean partial;
        String firstError;
        /** Set for a failed run; a run that read the feed has one when it stopped early or items failed. */
        RunProblem problem;

        /** A known wire item's new version or kill counts with the items already here. */
        void count(ItemResult result) {
            switch (result.outcome()) {
                case IMPORTED -> added++;
                case DUPLICATE, UPDATED -> duplicate++;
                case FILTERED -> filtered++;
                case FAILED -> {
                    failed++;
                    error(result.input() + ": " + result.reason());
                }
            }
        }

        void error(String message) {
            if (firstError == null) {
                firstError = message;
            }
        }

        RunRecord record(Instant started, String trigger, long durationMs, int status, String outcome) {
            RunProblem why = problem != null ? problem
                    : partial ? RunProblem.RUN_DEADLINE : failed > 0 ? RunProblem.ITEMS_FAILED : null;
            return new RunRecord(started, trigger, durationMs, status, outcome, added, duplicate, filtered, failed,
                    unchanged, firstError, why);
        }
    }
}
