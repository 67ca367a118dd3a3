package io.mediawire.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.SourceFields;
import io.mediawire.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quartz really fires, restarts rebuild the schedule from what is stored, and a subscription never runs twice at once. */
class SubscriptionSchedulingTest {
    @TempDir
    Path home;
    FixtureAgency agency;

    @BeforeEach
    void startAgency() {
        agency = new FixtureAgency("127.0.0.1");
    }

    @AfterEach
    void stopAgency() {
        agency.close();
    }

    private Host open(Clock clock, boolean poll) throws Exception {
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), clock, false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, agency.hostPort())
                .withProperty(SubscriptionSettings.POLL, String.valueOf(poll));
        return Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
    }

    private static Subscription subscribe(Host host, URI feed) {
        String source = host.services().sources().create(SourceFields.named("Scheduled Agency", List.of()), "m").id();
        return host.services().subscriptions().create(new SubscriptionFields(source, feed.toString(), "PT10M", null,
                null, null, null), "maria");
    }

    /** Waits for something another thread does, up to a generous limit; the test asserts what happened, not when. */
    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 400 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.getAsBoolean(), what);
    }

    @Test
    void quartzFiresADueSubscriptionAndSchedulesItsNextRun() throws Exception {
        URI feed = agency.feed("live");
        agency.publish("live", FixtureAgency.Item.of("live-1", "Quartz fired", "The first poll ran on its own."));
        try (Host host = open(Clock.systemUTC(), true)) {
            SubscriptionService subscriptions = host.services().subscriptions();
            Subscription subscription = subscribe(host, feed);
            await(() -> !subscriptions.runs(subscription.id(), 1).isEmpty(), "the first poll runs at once, by Quartz");
            RunRecord run = subscriptions.runs(subscription.id(), 1).get(0);
            assertEquals("schedule", run.trigger());
            assertEquals(1, run.added());
            Subscription after = subscriptions.get(subscription.id());
            assertEquals(subscription.state().nextRun().plus(Duration.ofMinutes(10)), after.state().nextRun(),
                    "ten minutes after it was due, whenever the run itself started");
            await(() -> subscriptions.isScheduled(subscription.id()), "its next run is scheduled");
            assertEquals(1, agency.requests("live"), "and it is not due again for ten minutes");
        }
    }

    @Test
    void aRestartKeepsSubscriptionsTheirStateAndLogsAndSchedulesThemAgain() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-03T10:00:00Z"));
        URI feed = agency.feed("kept");
        agency.publish("kept", FixtureAgency.Item.of("kept-1", "Council meets", "The agenda is long."));
        Subscription before;
        try (Host host = open(clock, false)) {
            SubscriptionService subscriptions = host.services().subscriptions();
            String id = subscribe(host, feed).id();
            subscriptions.runDue();
            agency.fail("kept", 500, null);
            clock.advance(Duration.ofMinutes(10));
            subscriptions.runDue();
            before = subscriptions.get(id);
        }
        try (Host host = open(clock, true)) {
            SubscriptionService subscriptions = host.services().subscriptions();
            Subscription after = subscriptions.get(before.id());
            assertEquals(before, after);
            assertEquals(1, after.state().consecutiveFailures());
            assertFalse(after.state().etag() == null, "the validators survive");
            assertEquals(List.of(RunRecord.FAILED, RunRecord.OK),
                    subscriptions.runs(before.id(), 10).stream().map(RunRecord::outcome).toList());
            assertTrue(subscriptions.isScheduled(before.id()), "rebuilt from the stored next run");
        }
    }

    @Test
    void aSubscriptionIsNeverPolledTwiceAtOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-03T10:00:00Z"));
        URI feed = agency.feed("slow");
        CountDownLatch release = agency.hang("slow");
        try (Host host = open(clock, false)) {
            SubscriptionService subscriptions = host.services().subscriptions();
            Subscription subscription = subscribe(host, feed);
            CompletableFuture<RunRecord> first = CompletableFuture.supplyAsync(() -> subscriptions.runNow(subscription.id()));
            await(() -> agency.requests("slow") == 1, "the first run is under way");
            assertThrows(RunInProgressException.class, () -> subscriptions.runNow(subscription.id()));
            assertEquals(List.of(), subscriptions.runDue(), "the scheduled run steps aside too");
            release.countDown();
            assertEquals(RunRecord.OK, first.get(30, TimeUnit.SECONDS).outcome());
            assertEquals(1, agency.requests("slow"));
        }
    }
}
