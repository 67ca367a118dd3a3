package io.mediawire.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.importing.wire.WireStandards;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.PublishRefusedException;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.story.WireTerms;
import io.mediawire.testing.EmptyStories;
import io.mediawire.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire items through the import path into the real store: embargo, withheld, canceled, expired, new versions
 * and corrections, bad documents; the store refuses every early or forbidden publish whoever asks.
 */
class WireImportTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static final MutableClock clock = new MutableClock(Instant.parse("2030-02-28T20:00:00Z"));
    static StoryStore store;
    static ImportService imports;
    static final List<String> offered = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(home);
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), clock, false), WireImportTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(WireImportTest.class.getClassLoader()).discover());
        store = new StoryStore(repository, ZoneId.of("UTC"), clock);
        imports = new ImportService(store, FetchPolicy.defaults(), clock);
        imports.wire().useRevisions((stored, revision, version, kind) -> {
            offered.add(kind + " " + version + " of " + stored.id() + ": " + revision.original().headline());
            return WireRevisions.KEEP.offer(stored, revision, version, kind);
        });
    }

    @AfterAll
    static void stop() {
        imports.close();
        repository.close();
    }

    @BeforeEach
    void emptyStore() throws Exception {
        EmptyStories.empty(repository);
        clock.set(Instant.parse("2030-02-28T20:00:00Z"));
        offered.clear();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WireImportTest.class.getResourceAsStream("/wire/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<ItemResult> importBytes(String name, byte[] bytes, boolean publish) {
        return imports.importNow(List.of(new ImportSource.Saved(bytes, null, name)), publish, "editor", ImportProgress.NONE);
    }

    static ItemResult importFixture(String name, boolean publish) throws IOException {
        List<ItemResult> results = importBytes(name, fixture(name), publish);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    static Story stored(ItemResult result) {
        return store.byId(result.storyId()).orElseThrow();
    }

    @Test
    void anEmbargoedItemIsStoredWithItsTermsAndCannotBePublishedBeforeTheLift() throws Exception {
        ItemResult result = importFixture("ninjs3-embargoed.json", false);
        assertEquals(ItemResult.Outcome.IMPORTED, result.outcome(), result.describeWithWarnings());
        assertTrue(result.warnings().get(0).contains("embargoed until 2030-03-01T09:00:00Z"), result.warnings().toString());
        Story story = stored(result);
        assertEquals("Harbour city doubles its flood budget", story.headline());
        assertEquals("https://wire.example/items/harbour-budget", story.original().url());
        assertEquals("Mara Lind", story.original().author());
        assertEquals("Example Wire", story.original().sourceName());
        assertEquals("https://wire.example/photos/dyke-web.jpg", story.original().leadImage());
        assertEquals(List.of("Environment", "Local government"), story.tags());
        WireTerms wire = story.wire();
        assertEquals("https://wire.example/items/harbour-budget", wire.uri());
        assertEquals(1, wire.version());
        assertEquals(1, wire.urgency());
        assertEquals(Instant.parse("2030-03-01T09:00:00Z"), wire.embargoed());
        assertEquals("Copyright 2030 Example Wire Ltd. All rights reserved.", wire.copyrightNotice());
        assertEquals("Editorial use only. Not for resale.", wire.usageTerms());
        assertEquals("Jan Smit", wire.leadImageCredit());
        assertEquals("ROTTERDAM", wire.dateline());
        assertTrue(wire.edNote().startsWith("Embargoed until 09:00 GMT"));
        assertFalse(story.activated());

        PublishRefusedException early = assertThrows(PublishRefusedException.class, () -> store.publish(story.id(), "editor"));
        assertEquals("Cannot publish: embargoed until 2030-03-01T09:00:00Z: it cannot be published before then", early.getMessage());
        clock.set(Instant.parse("2030-03-01T08:59:59Z"));
        assertThrows(PublishRefusedException.class, () -> store.publish(story.id(), "editor"));
        clock.set(Instant.parse("2030-03-01T09:00:00Z"));
        assertTrue(store.publish(story.id(), "editor").activated());
    }

    @Test
    void anAutoPublishImportHoldsTheEmbargoedItemAndTheSchedulerReleasesItAtTheLift() throws Exception {
        ItemResult result = importFixture("ninjs3-embargoed.json", true);
        assertTrue(result.warnings().get(0).startsWith("kept as a draft, published when the embargo lifts"), result.warnings().toString());
        assertFalse(stored(result).activated());
        assertEquals(0, store.countPublished());
        clock.set(Instant.parse("2030-03-01T08:59:00Z"));
        assertTrue(store.releaseEmbargoes("system").isEmpty());
        assertFalse(stored(result).activated());
        clock.set(Instant.parse("2030-03-01T09:00:30Z"));
        List<Story> released = store.releaseEmbargoes("system");
        assertEquals(1, released.size());
        Story published = stored(result);
        assertTrue(published.activated());
        assertEquals(Instant.parse("2030-03-01T09:00:30Z"), published.published());
        assertTrue(store.releaseEmbargoes("system").isEmpty(), "released once");
    }

    @Test
    void aWithheldItemCanNeverBePublished() throws Exception {
        ItemResult result = importFixture("ninjs2-withheld.json", true);
        assertEquals(ItemResult.Outcome.IMPORTED, result.outcome());
        assertFalse(stored(result).activated());
        assertTrue(result.warnings().get(0).startsWith("kept as a draft: the agency withholds"), result.warnings().toString());
        PublishRefusedException e = assertThrows(PublishRefusedException.class, () -> store.publish(result.storyId(), "editor"));
        assertTrue(e.getMessage().contains("withholds"));
        clock.advance(Duration.ofDays(400));
        assertTrue(store.releaseEmbargoes("system").isEmpty());
        assertFalse(stored(result).activated());
    }

    @Test
    void aKillUnpublishesAtOnceKeepsTheStoryAndFlagsItWithTheAgencysNote() throws Exception {
        ItemResult first = importFixture("ninjs2-usable.json", true);
        assertTrue(stored(first).activated());
        assertEquals("https://wire.invalid/item/urn%3Aexample-wire%3A2030%3Acourt-ruling", stored(first).original().url());
        String bodyBefore = stored(first).original().body();

        ItemResult kill = importFixture("ninjs2-canceled.json", false);
        assertEquals(ItemResult.Outcome.UPDATED, kill.outcome(), kill.describe());
        assertEquals(first.storyId(), kill.storyId());
        assertTrue(kill.reason().contains("taken off the site"), kill.reason());
        Story killed = stored(first);
        assertFalse(killed.activated());
        assertEquals(0, store.countPublished());
        assertTrue(killed.wire().canceled());
        assertEquals("Canceled by the agency: KILL: the ruling was misreported. Remove the story from all platforms.",
                killed.wire().deskFlag());
        assertEquals(bodyBefore, killed.original().body(), "nothing deleted or changed");
        assertEquals("Court rules on the harbour dispute", killed.headline());
        assertThrows(PublishRefusedException.class, () -> store.publish(killed.id(), "editor"));
        assertEquals(ItemResult.Outcome.DUPLICATE, importFixture("ninjs2-canceled.json", false).outcome(), "a second kill changes nothing");
    }

    @Test
    void anExpiredItemIsKeptButCannotBePublished() throws Exception {
        ItemResult result = importFixture("ninjs1-expired-hostile.json", true);
        assertEquals(ItemResult.Outcome.IMPORTED, result.outcome());
        assertFalse(stored(result).activated());
        PublishRefusedException e = assertThrows(PublishRefusedException.class, () -> store.publish(result.storyId(), "editor"));
        assertEquals("Cannot publish: expired at 2020-05-08T00:00:00Z: the agency's licence to publish it has ended", e.getMessage());
        String body = stored(result).original().body();
        assertFalse(body.contains("<script") || body.contains("onerror") || body.contains("javascript:"), body);
    }

    @Test
    void aPublishedStoryIsTakenOffWhenItExpiresWithTheReasonForEditors() throws Exception {
        String json = new String(fixture("ninjs2-usable.json")).replace("\"pubstatus\": \"usable\",",
                "\"pubstatus\": \"usable\", \"expires\": \"2030-03-03T00:00:00Z\",");
        ItemResult result = importBytes("expiring.json", json.getBytes(), true).get(0);
        assertTrue(stored(result).activated());
        clock.set(Instant.parse("2030-03-02T23:59:00Z"));
        assertTrue(store.unpublishExpired("system").isEmpty());
        clock.set(Instant.parse("2030-03-03T00:00:00Z"));
        assertEquals(1, store.unpublishExpired("system").size());
        Story expired = stored(result);
        assertFalse(expired.activated());
        assertEquals("Expired at 2030-03-03T00:00:00Z: unpublished automatically, the agency's licence to publish it has ended",
                expired.wire().deskFlag());
        assertTrue(store.unpublishExpired("system").isEmpty());
    }

    @Test
    void aNewerVersionGoesToTheRevisionSeamAndACorrectionSaysSo() throws Exception {
        clock.set(Instant.parse("2030-03-02T00:00:00Z"));
        ItemResult first = importFixture("ninjs3-embargoed.json", true);
        Story before = stored(first);
        ItemResult second = importFixture("ninjs3-correction-v2.json", true);
        assertEquals(ItemResult.Outcome.UPDATED, second.outcome());
        assertEquals("newer version 2 of a stored item (a correction): kept for revisions, the stored story is unchanged",
                second.reason());
        assertEquals(List.of("CORRECTION 2 of " + before.id() + ": Harbour city triples its flood budget"), offered);
        Story after = stored(first);
        assertEquals(before.original().body(), after.original().body());
        assertEquals(1, after.wire().version());
        ItemResult again = importFixture("ninjs3-embargoed.json", true);
        assertEquals(ItemResult.Outcome.DUPLICATE, again.outcome(), "version 1 again is the stored one");
        assertEquals(1, store.count());
    }

    @Test
    void badDocumentsAndItemsFailAloneWithTheirReasonAndNothingHalfStored() throws Exception {
        assertEquals("failed: unknown ninjs version 4.0 (read: 1.x, 2.x, 3.x)", importFixture("ninjs-unknown-version.json", false).describe());
        assertTrue(importFixture("broken.json", false).describe().startsWith("failed: invalid JSON"));
        assertTrue(importFixture("broken.xml", false).describe().startsWith("failed: invalid XML"));
        assertTrue(importFixture("newsml-xxe.xml", false).describe().contains("DOCTYPE"));
        assertEquals(0, store.count());

        List<ItemResult> message = importBytes("message.xml", fixture("newsml-message-missing-item.xml"), false);
        assertEquals(List.of(ItemResult.Outcome.IMPORTED, ItemResult.Outcome.FAILED, ItemResult.Outcome.FAILED),
                message.stream().map(ItemResult::outcome).toList(), message.toString());
        assertTrue(message.get(1).reason().contains("references item urn:newsml:wire.example:2030:absent"));
        assertEquals("the item has no body (no story text)", message.get(2).reason());
        assertEquals(1, store.count());

        List<ItemResult> feed = importBytes("feed.json", fixture("ninjs-feed.json"), false);
        assertEquals("failed: not a text story: a picture item without story text", feed.get(1).describe());
        assertEquals(ItemResult.Outcome.IMPORTED, feed.get(2).outcome());
        assertEquals(3, store.count());
    }

    @Test
    void agencyPhotosAreNotTextStoriesUnlessTheyHaveCaptionAndBody() throws Exception {
        ItemResult ap = importBytes("ap", Files.readAllBytes(WireStandards.file("ninjs/examples/3.0_ap_image.json")), false).get(0);
        assertEquals("failed: not a text story: a picture item without story text", ap.describe());
        ItemResult sipa = importBytes("sipa", Files.readAllBytes(WireStandards.file("ninjs/examples/3.0_SIPA_image_3.json")), false).get(0);
        assertEquals(ItemResult.Outcome.IMPORTED, sipa.outcome(), sipa.describeWithWarnings());
        assertTrue(stored(sipa).original().leadImage().startsWith("https://"));
        assertNull(stored(sipa).wire().edNote());
    }

    @Test
    void nitfNewsMlItemImportsWithItsEmbargo() throws Exception {
        ItemResult result = importFixture("newsml-embargoed-nitf.xml", false);
        Story story = stored(result);
        assertEquals("Central bank holds rates steady", story.headline());
        assertEquals(Instant.parse("2030-03-04T12:00:00Z"), story.wire().embargoed());
        assertEquals(3, story.wire().version());
        assertEquals("FRANKFURT, March 4", story.wire().dateline());
        assertTrue(story.original().body().startsWith("<p>The central bank kept its main rate"));
    }
}
