package io.mediawire.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscription to an agency's wire of ninjs items, run through the scheduler's entry point with the clock
 * moved by hand: an auto-publish subscription holds an embargoed item and publishes it at the lift time, a
 * correction goes to the revision seam, and a kill takes a published story off at once.
 */
class WireSubscriptionTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-02-28T20:00:00Z"));
    @TempDir
    static Path home;
    static FixtureSite wire;
    static Host host;
    static SubscriptionService subscriptions;
    static StoryStore stories;

    @BeforeAll
    static void open() throws Exception {
        wire = new FixtureSite();
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), CLOCK, false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, wire.hostPort())
                .withProperty(SubscriptionSettings.POLL, "false")
                .withProperty(SubscriptionSettings.FETCH_TIMEOUT, "PT2S");
        host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
        subscriptions = host.services().subscriptions();
        stories = host.stories();
    }

    @AfterAll
    static void close() {
        host.close();
        wire.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = WireSubscriptionTest.class.getResourceAsStream("/wire/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The wire answers with an array of ninjs items, as a feed of them. */
    static void serve(String path, String... fixtures) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (String name : fixtures) {
            json.append(json.length() > 1 ? "," : "").append(fixture(name));
        }
        wire.page(path, "application/json", json.append("]").toString());
    }

    static Subscription subscribe(String name, String path) {
        Source source = host.services().sources().create(SourceFields.named(name, List.of()), "maria");
        return subscriptions.create(new SubscriptionFields(source.id(), wire.url(path).toString(), "PT5M", "publish", "",
                null, null), "maria");
    }

    @Test
    void anAutoPublishSubscriptionPublishesAnEmbargoedItemAtItsLiftTime() throws Exception {
        CLOCK.set(Instant.parse("2030-02-28T20:00:00Z"));
        serve("/embargo.json", "ninjs3-embargoed.json");
        Subscription subscription = subscribe("Example Wire", "/embargo.json");
        RunRecord first = subscriptions.runDue().get(0);
        assertEquals(1, first.added(), first.toString());
        Story held = stories.byWireUri("https://wire.example/items/harbour-budget").orElseThrow();
        assertFalse(held.activated(), "held for its embargo");
        assertEquals(subscription.id(), held.subscription());

        CLOCK.set(Instant.parse("2030-03-01T08:59:00Z"));
        subscriptions.runDue();
        assertFalse(stories.byId(held.id()).orElseThrow().activated(), "a minute before the lift");
        assertEquals(0, subscriptions.runNow(subscription.id()).added(), "polling again stores nothing new");

        CLOCK.set(Instant.parse("2030-03-01T09:00:00Z"));
        SubscriptionService.WireTimes times = subscriptions.applyWireTimes();
        assertEquals(List.of(held.id()), times.released().stream().map(Story::id).toList());
        Story published = stories.byId(held.id()).orElseThrow();
        assertTrue(published.activated());
        assertEquals(Instant.parse("2030-03-01T09:00:00Z"), published.published());

        serve("/embargo.json", "ninjs3-embargoed.json", "ninjs3-correction-v2.json");
        RunRecord correction = subscriptions.runNow(subscription.id());
        assertEquals(1, correction.unchanged());
        assertEquals(1, correction.duplicate(), "the correction went to the revision seam");
        assertEquals(published.original().body(), stories.byId(held.id()).orElseThrow().original().body());
    }

    @Test
    void aKillOnTheWireTakesThePublishedStoryOffAtOnce() throws Exception {
        CLOCK.set(Instant.parse("2030-03-02T09:00:00Z"));
        serve("/court.json", "ninjs2-usable.json");
        Subscription subscription = subscribe("Court Wire", "/court.json");
        subscriptions.runNow(subscription.id());
        Story story = stories.byWireUri("urn:example-wire:2030:court-ruling").orElseThrow();
        assertTrue(story.activated());

        serve("/court.json", "ninjs2-canceled.json");
        RunRecord kill = subscriptions.runNow(subscription.id());
        assertEquals(1, kill.duplicate(), kill.toString());
        Story killed = stories.byId(story.id()).orElseThrow();
        assertFalse(killed.activated());
        assertTrue(killed.wire().deskFlag().startsWith("Canceled by the agency: KILL:"));
    }
}
