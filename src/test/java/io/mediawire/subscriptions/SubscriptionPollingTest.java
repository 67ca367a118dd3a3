package io.mediawire.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.host.benchmark.FixtureAgency.Item;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceStore;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscriptions polled through the scheduler's own entry point with the clock moved by hand (Quartz is
 * off: nothing runs on its own), against real local agencies whose feeds change between runs.
 */
class SubscriptionPollingTest {
    static final Instant T = Instant.parse("2026-03-03T10:00:00Z");
    static final MutableClock CLOCK = new MutableClock(T);
    @TempDir
    static Path home;
    static FixtureAgency agency;
    static FixtureAgency otherHost;
    static Host host;
    static SubscriptionService subscriptions;
    static SourceStore sources;
    static StoryStore stories;

    @BeforeAll
    static void open() throws Exception {
        agency = new FixtureAgency("127.0.0.1");
        otherHost = new FixtureAgency("127.0.0.2");
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), CLOCK, false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, agency.hostPort() + "," + otherHost.hostPort())
                .withProperty(SubscriptionSettings.POLL, "false")
                .withProperty(SubscriptionSettings.FETCH_TIMEOUT, "PT2S");
        host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
        subscriptions = host.services().subscriptions();
        sources = host.services().sources();
        stories = host.stories();
    }

    @AfterAll
    static void close() {
        host.close();
        agency.close();
        otherHost.close();
    }

    @AfterEach
    void forgetSources() {
        sources.list().forEach(s -> sources.delete(s.id(), "test"));
    }

    static Source source(String name) {
        return sources.create(SourceFields.named(name, List.of()), "maria");
    }

    static Subscription subscribe(Source source, URI feed, String filters) {
        return subscriptions.create(new SubscriptionFields(source.id(), feed.toString(), "PT5M", "draft", filters,
                null, null), "maria");
    }

    static Item item(String id, String title, String body) {
        return Item.of(id, title, body);
    }

    /** Moves the clock and runs what is due, as Quartz would at that moment. */
    static List<RunRecord> after(Duration duration) {
        CLOCK.advance(duration);
        return subscriptions.runDue();
    }

    static RunRecord lastRun(Subscription subscription) {
        return subscriptions.runs(subscription.id(), 1).get(0);
    }

    @Test
    void newItemsArriveOnSchedule() {
        URI feed = agency.feed("arrivals");
        agency.publish("arrivals", item("arr-1", "Harbour reopens after repairs", "The harbour reopened on Monday."));
        agency.publish("arrivals", item("arr-2", "Bridge tolls to fall", "Tolls on the bridge fall in spring."));
        Subscription subscription = subscribe(source("Arrivals Agency"), feed, "");
        assertEquals(CLOCK.instant(), subscription.state().nextRun(), "the first poll is due at once");

        RunRecord first = subscriptions.runDue().get(0);
        assertEquals(RunRecord.OK, first.outcome());
        assertEquals(2, first.added());
        Story stored = stories.bySourceUrl(agency.url("/stories/arr-1").toString()).orElseThrow();
        assertEquals(StoryStatus.DRAFT, stored.status());
        assertEquals(subscription.id(), stored.subscription());
        assertEquals(subscription.sourceId(), stored.source());
        assertEquals("Arrivals Agency", stories.sourceName(stored), "its subscription's source names it");
        Instant dueNext = T.plus(Duration.ofMinutes(5));
        assertEquals(dueNext, subscriptions.get(subscription.id()).state().nextRun());

        agency.publish("arrivals", item("arr-3", "Ferry timetable changes", "New times from next week."));
        assertEquals(List.of(), after(Duration.ofMinutes(2)), "not due yet: nothing runs");
        assertEquals(1, agency.requests("arrivals"));
        RunRecord second = after(Duration.ofMinutes(3)).get(0);
        assertEquals(1, second.added());
        assertEquals(2, second.unchanged(), "items of earlier runs are not fetched or stored again");
        assertTrue(stories.bySourceUrl(agency.url("/stories/arr-3").toString()).isPresent());
        assertEquals(dueNext.plus(Duration.ofMinutes(5)), subscriptions.get(subscription.id()).state().nextRun());
        CLOCK.set(T);
    }

    @Test
    void anUnchangedFeedCostsA304AndNoParsing() {
        URI feed = agency.feed("unchanged");
        agency.publish("unchanged", item("unc-1", "Museum extends its hours", "Open until nine on Fridays."));
        Subscription subscription = subscribe(source("Unchanged Agency"), feed, "");
        subscriptions.runDue();
        RunRecord again = subscriptions.runNow(subscription.id());
        assertEquals(RunRecord.NOT_MODIFIED, again.outcome());
        assertEquals(304, again.status());
        assertEquals(0, again.added() + again.duplicate() + again.filtered() + again.failed() + again.unchanged(),
                "nothing was read, so nothing was counted");
        assertEquals(1, agency.fullAnswers("unchanged"));
        assertEquals(1, agency.notModifiedAnswers("unchanged"));
        String etag = subscriptions.get(subscription.id()).state().etag();
        assertNotNull(etag);
        assertEquals(List.of("-", etag), agency.ifNoneMatch("unchanged"));
    }

    @Test
    void aFeedThatFailsThenRecoversShowsFailingThenHealthyWithBackoffInItsNextRuns() {
        URI feed = agency.feed("flaky");
        agency.publish("flaky", item("flk-1", "Power cut in the old town", "Engineers are working on it."));
        agency.fail("flaky", 503, null);
        Subscription subscription = subscribe(source("Flaky Agency"), feed, "");
        Instant start = CLOCK.instant();
        List<Duration> waits = new java.util.ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            RunRecord failed = run == 1 ? subscriptions.runDue().get(0)
                    : after(Duration.between(CLOCK.instant(), subscriptions.get(subscription.id()).state().nextRun())).get(0);
            assertEquals(RunRecord.FAILED, failed.outcome());
            assertEquals(503, failed.status());
            assertEquals("The feed answered 503 Service Unavailable.", failed.explanation(), "in plain words");
            Subscription now = subscriptions.get(subscription.id());
            assertEquals(run, now.state().consecutiveFailures());
            waits.add(Duration.between(CLOCK.instant(), now.state().nextRun()));
            assertEquals("HTTP 503 Service Unavailable from " + feed, now.state().lastError());
            assertEquals(run < 3 ? Health.HEALTHY : Health.FAILING, now.state().health());
        }
        assertEquals(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40)), waits,
                "the wait doubles from the interval");
        assertTrue(stories.bySourceUrl(agency.url("/stories/flk-1").toString()).isEmpty());

        agency.mode("flaky", FixtureAgency.Mode.NORMAL);
        RunRecord recovered = after(Duration.ofMinutes(40)).get(0);
        assertEquals(1, recovered.added());
        Subscription healthy = subscriptions.get(subscription.id());
        assertEquals(Health.HEALTHY, healthy.state().health());
        assertEquals(0, healthy.state().consecutiveFailures());
        assertNull(healthy.state().lastError());
        assertEquals(CLOCK.instant().plus(Duration.ofMinutes(5)), healthy.state().nextRun());
        assertEquals(Duration.ofMinutes(70), Duration.between(start, CLOCK.instant()));
        CLOCK.set(T);
    }

    @Test
    void aRetryAfterPutsTheNextRunWhereTheFeedAskedForIt() {
        URI feed = agency.feed("limited");
        agency.fail("limited", 429, "3600");
        Subscription subscription = subscribe(source("Limited Agency"), feed, "");
        RunRecord limited = subscriptions.runDue().get(0);
        assertEquals(429, limited.status());
        assertEquals("rate limited (HTTP 429), retry after 3600 s: " + feed, limited.error());
        assertEquals(RunProblem.RATE_LIMITED, limited.problem());
        assertEquals(CLOCK.instant().plus(Duration.ofHours(1)), subscriptions.get(subscription.id()).state().nextRun());
        assertEquals(1, agency.requests("limited"), "not asked again within the run");
    }

    @Test
    void aQuietFeedIsFlagged() {
        URI feed = agency.feed("quiet");
        agency.publish("quiet", item("qui-1", "Lighthouse keeper retires", "After forty years at the post."));
        Source source = source("Quiet Agency");
        Subscription subscription = subscriptions.create(new SubscriptionFields(source.id(), feed.toString(), "PT5M",
                null, null, null, "PT1H"), "maria");
        subscriptions.runDue();
        after(Duration.ofMinutes(30));
        assertEquals(Health.HEALTHY, subscriptions.get(subscription.id()).state().health());
        for (int i = 0; i < 7; i++) {
            after(Duration.ofMinutes(5));
        }
        Subscription quiet = subscriptions.get(subscription.id());
        assertEquals(Health.QUIET, quiet.state().health(), "65 minutes without a new item, threshold 1 hour");
        FeedsHealth health = subscriptions.health();
        FeedsHealth.Entry entry = health.subscriptions().stream()
                .filter(e -> e.subscription().id().equals(subscription.id())).findFirst().orElseThrow();
        assertEquals(Health.QUIET, entry.health());
        assertEquals(Duration.ofHours(1), entry.quietThreshold());
        assertEquals("quiet", health.status());
        CLOCK.set(T);
    }

    @Test
    void filtersKeepAndLeaveOutTheRightItemsIncludingMatchesInTheBodyOnly() {
        URI feed = agency.feed("filtered");
        agency.publish("filtered", item("fil-1", "Storm warning for the coast", "Winds reach the islands tonight."));
        agency.publish("filtered", item("fil-2", "Council passes the budget",
                "The vote came late because the storm had closed the town hall."));
        agency.publish("filtered", new Item("fil-3", "Storm delays the cup final", "The match moves to Sunday.",
                "Sports Desk", List.of("Sport"), true));
        agency.publish("filtered", new Item("fil-4", "Ferries cancelled", "No sailings today because of the storm.",
                "Agency Staff", List.of(), false));
        agency.publish("filtered", item("fil-5", "Library opens late", "Thursday hours are extended."));
        Subscription subscription = subscribe(source("Filtered Agency"), feed, "storm AND NOT category:sport");
        RunRecord run = subscriptions.runDue().get(0);
        assertEquals(3, run.added(), run.toString());
        assertEquals(2, run.filtered());
        for (String kept : List.of("fil-1", "fil-2", "fil-4")) {
            assertTrue(stories.bySourceUrl(agency.url("/stories/" + kept).toString()).isPresent(), kept);
        }
        for (String left : List.of("fil-3", "fil-5")) {
            assertTrue(stories.bySourceUrl(agency.url("/stories/" + left).toString()).isEmpty(), left);
        }
        agency.publish("filtered", item("fil-6", "Storm passes", "Calm returns."));
        RunRecord next = subscriptions.runNow(subscription.id());
        assertEquals(1, next.added());
        assertEquals(5, next.unchanged(), "filtered items are remembered, not judged again");
    }

    @Test
    void aPausedFeedIsNotPolled() {
        URI feed = agency.feed("paused");
        agency.publish("paused", item("pau-1", "Snow closes schools", "All schools closed on Tuesday."));
        Subscription subscription = subscribe(source("Paused Agency"), feed, "");
        Subscription paused = subscriptions.pause(subscription.id());
        assertFalse(paused.enabled());
        after(Duration.ofHours(2));
        assertEquals(0, agency.requests("paused"));
        Subscription resumed = subscriptions.resume(subscription.id());
        assertEquals(CLOCK.instant(), resumed.state().nextRun(), "resumed feeds are polled at once");
        assertEquals(1, subscriptions.runDue().get(0).added());
        CLOCK.set(T);
    }

    @Test
    void oneHangingFeedDoesNotDelayTheOthersAndIsCutAtItsDeadline() throws Exception {
        URI stuck = otherHost.feed("stuck");
        CountDownLatch release = otherHost.hang("stuck");
        URI one = agency.feed("brisk-1");
        URI two = agency.feed("brisk-2");
        agency.publish("brisk-1", item("bri-1", "Tram line opens", "The first trams ran on Sunday."));
        agency.publish("brisk-2", item("bri-2", "Market hall restored", "Stalls return in May."));
        Source source = source("Brisk Agency");
        Subscription hanging = subscribe(source, stuck, "");
        Subscription first = subscribe(source, one, "");
        Subscription second = subscribe(source, two, "");
        CompletableFuture<List<RunRecord>> runs = CompletableFuture.supplyAsync(subscriptions::runDue);
        for (int i = 0; i < 200 && (subscriptions.runs(first.id(), 1).isEmpty() || subscriptions.runs(second.id(), 1).isEmpty()); i++) {
            Thread.sleep(25);
        }
        assertEquals(1, lastRun(first).added());
        assertEquals(1, lastRun(second).added());
        assertTrue(subscriptions.runs(hanging.id(), 1).isEmpty(), "the others finished while it still hangs");
        assertEquals(3, runs.get(30, TimeUnit.SECONDS).size());
        RunRecord cut = lastRun(hanging);
        assertEquals(RunRecord.FAILED, cut.outcome());
        assertTrue(cut.error().startsWith("timed out after"), cut.error());
        release.countDown();
    }

    @Test
    void theSameItemInTwoFeedsIsStoredOnce() {
        URI world = agency.feed("world");
        URI europe = agency.feed("europe");
        Item shared = item("twice-1", "Summit ends with a deal", "Leaders agreed on the text overnight.");
        agency.publish("world", shared);
        agency.publish("europe", shared);
        agency.publish("europe", item("twice-2", "Rail strike called off", "Trains run normally."));
        Source source = source("Twice Agency");
        Subscription a = subscribe(source, world, "");
        Subscription b = subscribe(source, europe, "");
        subscriptions.runDue();
        RunRecord runA = lastRun(a);
        RunRecord runB = lastRun(b);
        assertEquals(3, runA.added() + runB.added() + runA.duplicate() + runB.duplicate());
        assertEquals(2, runA.added() + runB.added(), "one story for the shared item");
        assertEquals(1, runA.duplicate() + runB.duplicate());
        assertTrue(stories.bySourceUrl(agency.url("/stories/twice-1").toString()).isPresent());
    }

    @Test
    void badAddressesIntervalsAndPatternsAreRefusedWhenSavedAndNothingIsStored() {
        Source source = source("Careless Agency");
        assertEquals("url is not a usable feed address: URL has no scheme: 'feeds.example/rss'",
                assertThrows(InvalidSubscriptionException.class, () -> subscriptions.create(new SubscriptionFields(
                        source.id(), "feeds.example/rss", null, null, null, null, null), "m")).getMessage());
        assertEquals("interval must be at least 1 minute (PT1M), not PT30S",
                assertThrows(InvalidSubscriptionException.class, () -> subscriptions.create(new SubscriptionFields(
                        source.id(), "https://feeds.example/rss", "PT30S", null, null, null, null), "m")).getMessage());
        assertEquals("interval must be an ISO-8601 duration such as PT5M or PT1H, not '5 minutes'",
                assertThrows(InvalidSubscriptionException.class, () -> subscriptions.create(new SubscriptionFields(
                        source.id(), "https://feeds.example/rss", "5 minutes", null, null, null, null), "m")).getMessage());
        assertTrue(assertThrows(InvalidFilterException.class, () -> subscriptions.create(new SubscriptionFields(
                source.id(), "https://feeds.example/rss", null, null, "/((a+)+)+b/", null, null), "m"))
                .getMessage().contains("catastrophic backtracking"));
        assertEquals(List.of(), subscriptions.ofSource(source.id()), "nothing was saved");
    }

    @Test
    void aFeedThatTurnsIntoHtmlOrHugeOrRedirectsToABlockedAddressFailsWithAClearErrorAndTouchesNothing() {
        URI feed = agency.feed("turning");
        agency.publish("turning", item("tur-1", "Dam inspection finds cracks", "Repairs start next month."));
        Subscription subscription = subscribe(source("Turning Agency"), feed, "");
        subscriptions.runDue();
        Subscription good = subscriptions.get(subscription.id());
        long storiesBefore = stories.count();

        agency.mode("turning", FixtureAgency.Mode.HTML);
        RunRecord html = subscriptions.runNow(subscription.id());
        assertEquals("not a feed: " + feed + " answered with an HTML page, not RSS, RDF, Atom or JSON Feed", html.error());
        assertEquals("The address is not a feed: it is a web page.", html.explanation());

        agency.mode("turning", FixtureAgency.Mode.HUGE);
        RunRecord huge = subscriptions.runNow(subscription.id());
        assertEquals(RunRecord.FAILED, huge.outcome());
        assertEquals("too large: more than 5 MiB from " + feed, huge.error());
        assertEquals("The feed is too large to read.", huge.explanation());

        agency.redirect("turning", "http://169.254.169.254/latest/meta-data/");
        RunRecord blocked = subscriptions.runNow(subscription.id());
        assertTrue(blocked.error().startsWith("blocked address: 169.254.169.254"), blocked.error());
        assertTrue(blocked.error().endsWith("(redirected from " + feed + ")"), blocked.error());
        assertEquals(RunProblem.BLOCKED_ADDRESS, blocked.problem());
        assertEquals(RunProblem.BLOCKED_ADDRESS, subscriptions.runs(subscription.id(), 1).get(0).problem(), "kept in the log");

        Subscription after = subscriptions.get(subscription.id());
        assertEquals(storiesBefore, stories.count());
        assertEquals(good.state().etag(), after.state().etag(), "the last good version is still the one known");
        assertEquals(good.state().seen(), after.state().seen());
        assertEquals(3, after.state().consecutiveFailures());
        assertEquals(Health.FAILING, after.state().health());
    }

    @Test
    void theRunLogKeepsTheNewestHundredRuns() {
        URI feed = agency.feed("busy-log");
        agency.publish("busy-log", item("log-1", "Airport adds routes", "Three new destinations."));
        Subscription subscription = subscribe(source("Logging Agency"), feed, "");
        for (int i = 0; i < 104; i++) {
            subscriptions.runNow(subscription.id());
        }
        List<RunRecord> runs = subscriptions.runs(subscription.id(), 500);
        assertEquals(100, runs.size());
        assertEquals(RunRecord.NOT_MODIFIED, runs.get(0).outcome(), "newest first");
        assertTrue(runs.stream().noneMatch(r -> r.added() > 0), "the first run, the one that stored the item, is gone");
    }

    @Test
    void autoPublishPublishesWhatItStores() {
        URI feed = agency.feed("published");
        agency.publish("published", item("pub-1", "New park opens", "Families came in hundreds."));
        subscriptions.create(new SubscriptionFields(source("Trusted Agency").id(), feed.toString(), "PT1M", "publish",
                null, null, null), "maria");
        subscriptions.runDue();
        assertEquals(StoryStatus.PUBLISHED,
                stories.bySourceUrl(agency.url("/stories/pub-1").toString()).orElseThrow().status());
    }
}
