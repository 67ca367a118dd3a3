package io.mediawire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.testing.EmptyStories;
import io.mediawire.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryStoreTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));
    StoryStore store;
    static int workspaceCounter;

    @BeforeAll
    static void boot() throws Exception {
        repository = EmbeddedRepository.open(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), clock, false);
        new ModuleManager(repository, settings, StoryStoreTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(StoryStoreTest.class.getClassLoader()).discover());
    }

    @AfterAll
    static void shutdown() {
        repository.close();
    }

    @BeforeEach
    void emptyStore() throws Exception {
        EmptyStories.empty(repository);
        clock.set(Instant.parse("2025-03-10T12:00:00Z"));
        store = new StoryStore(repository, ZoneId.of("UTC"), clock);
    }

    static NewStory story(String headline, String url) {
        return NewStory.of(headline, "<p>Body of " + headline + ", long enough to be a body.</p>", "Wire", url);
    }

    /** A story with a feed GUID and/or a body fingerprint, the other two dedupe keys. */
    static NewStory keyed(String headline, String url, String feedGuid, String bodyFingerprint) {
        return new NewStory(story(headline, url).original(), url, List.of(), feedGuid, bodyFingerprint);
    }

    @Test
    void storesADraftInTheDateFolderOfItsImport() {
        CreateResult result = store.create(story("Albania cuts ties with Iran", "https://wire.example/a"), "editor");
        Story story = assertInstanceOf(CreateResult.Created.class, result).story();
        assertEquals("/2025/03/10/albania-cuts-ties-with-iran", story.path());
        assertEquals(StoryStatus.DRAFT, story.status());
        assertEquals("editor", story.createdBy());
        assertEquals(BodyDigest.sha256(story.original().body()), story.bodySha256());
        assertEquals("Albania cuts ties with Iran", story.original().headline());
        assertEquals(story, store.byId(story.id()).orElseThrow());
        assertEquals(story, store.byPath(story.path()).orElseThrow());
        assertEquals(story, store.bySourceUrl("https://wire.example/a").orElseThrow());
    }

    @Test
    void slugsAreUniqueWithinADay() {
        Story first = store.create(story("Same headline", "https://wire.example/1"), "e").story();
        Story second = store.create(story("Same headline", "https://wire.example/2"), "e").story();
        Story third = store.create(story("Same headline", "https://wire.example/3"), "e").story();
        assertEquals(List.of("same-headline", "same-headline-2", "same-headline-3"),
                List.of(first.slug(), second.slug(), third.slug()));
    }

    @Test
    void sameSourceUrlIsStoredOnce() {
        Story first = store.create(story("One", "https://wire.example/x"), "e").story();
        CreateResult again = store.create(story("One again", "https://wire.example/x"), "e");
        CreateResult.Duplicate duplicate = assertInstanceOf(CreateResult.Duplicate.class, again);
        assertEquals(first.path(), duplicate.story().path());
        assertEquals("source URL", duplicate.matchedOn());
        assertEquals(1, store.count());
    }

    @Test
    void feedGuidAndBodyFingerprintAreKeysToo() {
        store.create(keyed("A", "https://wire.example/a", "guid-1", "fp-1"), "e");
        CreateResult byGuid = store.create(keyed("B", "https://wire.example/b", "guid-1", null), "e");
        assertEquals("feed GUID", assertInstanceOf(CreateResult.Duplicate.class, byGuid).matchedOn());
        CreateResult byBody = store.create(keyed("C", "https://wire.example/c", null, "fp-1"), "e");
        assertEquals("body", assertInstanceOf(CreateResult.Duplicate.class, byBody).matchedOn());
    }

    @Test
    void concurrentImportsOfOneStoryStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CreateResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return store.create(story("Race", "https://wire.example/race"), "e");
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<CreateResult> result : results) {
            if (result.get() instanceof CreateResult.Created) {
                created++;
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, store.count());
    }

    @Test
    void bodyAndSourceFieldsRefuseChanges() {
        Story story = store.create(story("Headline", "https://wire.example/h"), "e").story();
        for (String field : StoryNodes.READ_ONLY) {
            ReadOnlyFieldException refused = assertThrows(ReadOnlyFieldException.class,
                    () -> store.update(story.id(), Map.of(field, "tampered"), "mallory"));
            assertTrue(refused.getMessage().startsWith(field + " cannot be changed"), refused.getMessage());
        }
        Story after = store.byId(story.id()).orElseThrow();
        assertEquals(story.original().body(), after.original().body());
        assertEquals(story.original().url(), after.original().url());
        assertEquals(story.lastModified(), after.lastModified());
        assertEquals(BodyDigest.sha256(after.original().body()), after.bodySha256());
    }

    @Test
    void headlineAndTagsCanBeEditedAndTheOriginalIsKept() {
        Story story = store.create(story("Original headline", "https://wire.example/e"), "e").story();
        clock.advance(Duration.ofMinutes(3));
        Story edited = store.update(story.id(), Map.of("headline", "Restyled headline", "tags", "iran, albania",
                "body", story.original().body()), "desk");
        assertEquals("Restyled headline", edited.headline());
        assertEquals("Original headline", edited.original().headline());
        assertEquals(List.of("iran", "albania"), edited.tags());
        assertEquals("desk", edited.lastModifiedBy());
        assertEquals(story.path(), edited.path(), "the path never changes");
        assertThrows(InvalidStoryException.class, () -> store.update(story.id(), Map.of("teaser", "x"), "desk"));
        assertThrows(InvalidStoryException.class, () -> store.update(story.id(), Map.of("headline", " "), "desk"));
    }

    @Test
    void aSaveThatChangesNothingChangesNothing() {
        Story story = store.createPublished(story("Unchanged headline", "https://wire.example/same"), "importer").story();
        List<StoryListener.Change> changes = new ArrayList<>();
        store.addListener((s, change) -> changes.add(change));
        clock.advance(Duration.ofMinutes(5));
        Story echoed = store.update(story.id(), Map.of("headline", "Unchanged headline", "tags", " ",
                "body", story.original().body()), "desk");
        assertEquals(StoryStatus.PUBLISHED, echoed.status(), "not \"modified since publish\"");
        Story stored = store.byId(story.id()).orElseThrow();
        assertEquals(story.lastModified(), stored.lastModified());
        assertEquals("importer", stored.lastModifiedBy());
        assertEquals(List.of(), changes, "no save, so nobody is told of one");

        Story tagged = store.update(story.id(), Map.of("tags", "iran, albania"), "desk");
        assertEquals(clock.instant(), tagged.lastModified(), "a real change is still saved");
        clock.advance(Duration.ofMinutes(5));
        Story again = store.update(story.id(), Map.of("headline", "Unchanged headline", "tags", "iran,albania"), "chief");
        assertEquals(tagged.lastModified(), again.lastModified());
        assertEquals("desk", again.lastModifiedBy());
        assertEquals(List.of(StoryListener.Change.EDITED), changes);
    }

    @Test
    void publishUnpublishAndStatus() {
        Story story = store.create(story("To publish", "https://wire.example/p"), "e").story();
        clock.advance(Duration.ofHours(1));
        Story published = store.publish(story.id(), "chief");
        assertEquals(StoryStatus.PUBLISHED, published.status());
        assertEquals(clock.instant(), published.published());
        assertEquals("chief", published.lastActivatedBy());
        assertEquals(List.of(published.id()), store.recent(10).stream().map(Story::id).toList());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(StoryStatus.MODIFIED, store.edit(story.id(), StoryEdit.headline("New"), "e").status());
        Story unpublished = store.unpublish(story.id(), "chief");
        assertEquals(StoryStatus.DRAFT, unpublished.status());
        assertTrue(store.recent(10).isEmpty());
        assertEquals(0, store.countPublished());
        clock.advance(Duration.ofDays(2));
        Story again = store.publish(story.id(), "chief");
        assertEquals(published.published(), again.published(), "published is the first publish time");
        assertEquals(1, store.countPublished());
    }

    @Test
    void publicOrderIsFirstPublishTimeNotImportFolder() {
        // Imported Monday, published Wednesday: Wednesday's news, first in the public list.
        clock.set(Instant.parse("2025-03-10T09:00:00Z"));
        Story monday = store.create(story("Monday import", "https://wire.example/mon"), "e").story();
        clock.set(Instant.parse("2025-03-11T09:00:00Z"));
        Story tuesday = store.create(story("Tuesday import", "https://wire.example/tue"), "e").story();
        store.publish(tuesday.id(), "e");
        clock.set(Instant.parse("2025-03-12T09:00:00Z"));
        store.publish(monday.id(), "e");
        assertEquals(List.of("Monday import", "Tuesday import"), headlines(store.recent(10)));
        assertEquals(List.of("Tuesday import", "Monday import"), headlines(store.list(0, 10).items()));
    }

    @Test
    void orderIsRightAcrossDayMonthAndYearBoundaries() {
        List<Instant> times = List.of(
                Instant.parse("2024-12-31T23:59:59Z"), Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-31T23:30:00Z"), Instant.parse("2025-02-01T00:10:00Z"),
                Instant.parse("2023-06-15T12:00:00Z"), Instant.parse("2025-02-01T00:09:59.999Z"));
        List<StoryStore.Seed> seeds = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            seeds.add(new StoryStore.Seed(story("S" + i, "https://wire.example/s" + i), times.get(i), times.get(i)));
        }
        store.createAll(seeds, "e");
        List<String> expected = List.of("S3", "S5", "S2", "S1", "S0", "S4");
        assertEquals(expected, headlines(store.recent(10)));
        assertEquals(expected, headlines(store.list(0, 10).items()));
        assertEquals("/2024/12/31/s0", store.bySourceUrl("https://wire.example/s0").orElseThrow().path());
    }

    @Test
    void dateFoldersFollowTheSiteTimeZone() {
        StoryStore tehran = new StoryStore(repository, ZoneId.of("Asia/Tehran"), clock);
        // 21:00 UTC on 10 March is 00:30 on 11 March in Tehran.
        clock.set(Instant.parse("2025-03-10T21:00:00Z"));
        Story late = tehran.create(story("Late", "https://wire.example/late"), "e").story();
        assertEquals("/2025/03/11/late", late.path());
        clock.set(Instant.parse("2025-03-10T20:00:00Z"));
        Story earlier = tehran.create(story("Earlier", "https://wire.example/earlier"), "e").story();
        assertEquals("/2025/03/10/earlier", earlier.path());
        assertEquals(List.of("Late", "Earlier"), headlines(tehran.list(0, 10).items()));
    }

    @Test
    void pagingWalksEveryStoryOnceInOrder() {
        List<StoryStore.Seed> seeds = new ArrayList<>();
        Instant start = Instant.parse("2025-01-30T00:00:00Z");
        for (int i = 0; i < 57; i++) {
            Instant imported = start.plus(Duration.ofHours(7L * i));
            // Published out of import order, some across day boundaries.
            Instant published = imported.plus(Duration.ofMinutes((i * 37L) % 600));
            seeds.add(new StoryStore.Seed(story("P" + i, "https://wire.example/p" + i), imported, published));
        }
        store.createAll(seeds, "e");
        List<Story> all = new ArrayList<>();
        for (int offset = 0; ; offset += 10) {
            Page<Story> page = store.listPublished(offset, 10);
            assertEquals(57, page.total());
            all.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
        }
        assertEquals(57, all.size());
        assertEquals(57, all.stream().map(Story::id).distinct().count());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).published().isAfter(all.get(i - 1).published()), "newest first at " + i);
        }
        assertEquals(headlines(all.subList(20, 30)), headlines(store.listPublished(20, 10).items()));
    }

    @Test
    void recentExcludesTheCurrentStory() {
        List<StoryStore.Seed> seeds = IntStream.range(0, 8).mapToObj(i -> new StoryStore.Seed(
                story("R" + i, "https://wire.example/r" + i), clock.instant().plusSeconds(i),
                clock.instant().plusSeconds(i))).toList();
        store.createAll(seeds, "e");
        String newest = store.recent(1).get(0).id();
        List<Story> recent = store.recent(6, newest);
        assertEquals(6, recent.size());
        assertFalse(recent.stream().anyMatch(s -> s.id().equals(newest)));
        assertEquals(List.of("R6", "R5", "R4", "R3", "R2", "R1"), headlines(recent));
    }

    @Test
    void deleteRemovesTheStoryItsKeysAndItsIndexEntry() {
        Story story = store.createPublished(story("Gone", "https://wire.example/gone"), "e").story();
        store.delete(story.id(), "admin");
        assertTrue(store.byId(story.id()).isEmpty());
        assertEquals(0, store.count());
        assertEquals(0, store.countPublished());
        assertInstanceOf(CreateResult.Created.class, store.create(story("Gone", "https://wire.example/gone"), "e"),
                "the URL is free again");
    }

    @Test
    void unknownStoriesAreReportedAsSuch() {
        assertThrows(StoryNotFoundException.class, () -> store.publish("no-such-id", "e"));
        assertTrue(store.byPath("/2025/01/01/nothing").isEmpty());
        assertTrue(store.byPath("/mw:index").isEmpty(), "the index is not a story");
        assertTrue(store.byPath("/bad[path").isEmpty());
    }

    @Test
    void aFailedBatchStoresNothing() {
        List<StoryStore.Seed> seeds = List.of(
                new StoryStore.Seed(story("Fine", "https://wire.example/fine"), clock.instant(), clock.instant()),
                // No import time: fails part-way, after the first story's nodes were added to the session.
                new StoryStore.Seed(story("Broken", "https://wire.example/broken"), null, null));
        assertThrows(RuntimeException.class, () -> store.createAll(seeds, "e"));
        assertEquals(0, store.count());
        assertEquals(0, store.countPublished());
        assertTrue(store.bySourceUrl("https://wire.example/fine").isEmpty());
    }

    private static List<String> headlines(List<Story> stories) {
        return stories.stream().map(Story::headline).toList();
    }
}
