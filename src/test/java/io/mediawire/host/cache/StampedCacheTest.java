package io.mediawire.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.story.AgencyCopy;
import io.mediawire.story.Story;
import io.mediawire.story.StoryListener.Change;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StampedCacheTest {
    static final Instant T0 = Instant.parse("2025-03-12T12:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    final Generations generations = new Generations(clock);

    StampedCache<String> cache(long maxBytes) {
        return new StampedCache<>(generations, clock, maxBytes, String::length, true);
    }

    boolean keep(StampedCache<String> cache, String key, String value, Dependency dependency) {
        return cache.put(key, value, cache.ticket(), dependency, Instant.MIN, Instant.MAX);
    }

    @Test
    void publicContentIsDroppedByAnyPublicChangeAndANodesAnswerOnlyByItsOwn() {
        StampedCache<String> cache = cache(1 << 20);
        keep(cache, "list", "newest ten", Dependency.PUBLIC_CONTENT);
        keep(cache, "a", "story a", Dependency.node("mediawire", "/2025/03/12/a"));
        keep(cache, "b", "story b", Dependency.node("mediawire", "/2025/03/12/b"));
        keep(cache, "css", "stylesheet", Dependency.SITE);
        clock.advance(Duration.ofMinutes(3));

        generations.changed("mediawire", "/2025/03/12/a");
        assertNull(cache.get("list"));
        assertNull(cache.get("a"));
        assertEquals("story b", cache.get("b"), "another story's answer stays");
        assertEquals("stylesheet", cache.get("css"));
        assertEquals(T0.plus(Duration.ofMinutes(3)), generations.changedAt());

        generations.everything("templates reloaded");
        assertNull(cache.get("b"));
        assertNull(cache.get("css"));
        assertEquals(0, cache.size(), "everything frees the memory at once");
    }

    @Test
    void anAnswerMadeWhileAChangeWasUnderWayIsNotKept() {
        StampedCache<String> cache = cache(1 << 20);
        Generations.Ticket ticket = cache.ticket();
        generations.changed("mediawire", "/2025/03/12/a"); // published while the page rendered
        assertFalse(cache.put("page", "old", ticket, Dependency.PUBLIC_CONTENT, Instant.MIN, Instant.MAX));
        assertFalse(cache.put("other", "old", ticket, Dependency.node("mediawire", "/2025/03/12/b"), Instant.MIN, Instant.MAX),
                "not even an answer on another node: the change may be anything");
        assertNull(cache.get("page"));
        assertTrue(keep(cache, "page", "new", Dependency.PUBLIC_CONTENT));
        assertEquals("new", cache.get("page"));
    }

    @Test
    void anAnswerIsKeptOnlyWithinItsTimes() {
        StampedCache<String> cache = cache(1 << 20);
        Instant until = T0.plusSeconds(60);
        cache.put("page", "just now", cache.ticket(), Dependency.PUBLIC_CONTENT, T0, until);
        clock.set(until.minusMillis(1));
        assertEquals("just now", cache.get("page"));
        clock.set(until);
        assertNull(cache.get("page"), "\"1 minute ago\" from here on");
        cache.put("page", "1 minute ago", cache.ticket(), Dependency.PUBLIC_CONTENT, until, until.plusSeconds(60));
        clock.set(T0);
        assertNull(cache.get("page"), "a clock set back gets no answer from its future");
    }

    @Test
    void theBoundHoldsWhenAHundredThousandDifferentKeysAreKept() {
        long bound = 4L * 1024 * 1024;
        StampedCache<String> cache = cache(bound);
        String page = "x".repeat(10_000);
        for (int i = 0; i < 100_000; i++) {
            keep(cache, "https://example.org:443/media-wire/?utm=" + i, page, Dependency.PUBLIC_CONTENT);
            if (i % 10_000 == 0) {
                assertTrue(cache.weightedSize() <= bound, "at " + i + ": " + cache.weightedSize());
            }
        }
        assertTrue(cache.weightedSize() <= bound, String.valueOf(cache.weightedSize()));
        assertTrue(cache.weightedSize() > bound / 2, "and it is used: " + cache.weightedSize());
        long weight = StampedCache.ENTRY_OVERHEAD + 2L * "https://example.org:443/media-wire/?utm=99999".length() + page.length();
        assertTrue(cache.size() <= bound / weight, cache.size() + " entries");
        StampedCache.Figures figures = cache.figures();
        assertEquals(100_000 - cache.size(), figures.evictions(), "every entry not kept was evicted to hold the bound");
        assertEquals(bound, figures.boundBytes());
        assertEquals(cache.weightedSize(), figures.weightBytes());
    }

    @Test
    void onlyACurrentAnswerCountsAsAHit() {
        StampedCache<String> cache = cache(1 << 20);
        keep(cache, "list", "newest ten", Dependency.PUBLIC_CONTENT);
        assertEquals("newest ten", cache.get("list"));
        assertNull(cache.get("never kept"));
        generations.changed("mediawire", "/2025/03/12/a");
        assertNull(cache.get("list"), "found, but stale");
        StampedCache.Figures figures = cache.figures();
        assertEquals(1, figures.hits());
        assertEquals(2, figures.misses(), "the stale answer is a miss: it has to be made again");
        assertEquals(1.0 / 3, figures.hitRate(), 1e-9);
        assertEquals(1, figures.stale());
        assertEquals(0, figures.evictions(), "a stale answer dropped is no eviction");
        assertEquals(0, figures.entries());
        assertEquals(new Generations.Counters(0, 1, T0), generations.counters());
    }

    @Test
    void nothingIsKeptWhenDisabled() {
        StampedCache<String> cache = new StampedCache<>(generations, clock, 1 << 20, String::length, false);
        assertFalse(keep(cache, "page", "rendered", Dependency.PUBLIC_CONTENT));
        assertNull(cache.get("page"));
    }

    @Test
    void draftsChangeNothingThePublicSeesAndPublishedStoriesDo() {
        StampedCache<String> cache = cache(1 << 20);
        StoryChanges changes = new StoryChanges(generations);
        Story draft = story("/2025/03/12/draft", false);
        Story published = story("/2025/03/12/published", true);
        keep(cache, "list", "newest ten", Dependency.PUBLIC_CONTENT);
        for (Change change : List.of(Change.CREATED, Change.EDITED, Change.DELETED)) {
            changes.changed(draft, change);
            assertEquals("newest ten", cache.get("list"), change + " of a draft");
        }
        changes.changed(published, Change.CREATED);
        assertEquals("newest ten", cache.get("list"), "a story created published reports PUBLISHED too");
        for (Change change : List.of(Change.PUBLISHED, Change.EDITED, Change.UNPUBLISHED, Change.DELETED)) {
            keep(cache, "list", "newest ten", Dependency.PUBLIC_CONTENT);
            keep(cache, "node", "the story", Dependency.node(StoryStore.WORKSPACE, published.path()));
            changes.changed(change == Change.UNPUBLISHED ? draft(published) : published, change);
            assertNull(cache.get("list"), change.toString());
            assertNull(cache.get("node"), change.toString());
        }
    }

    static Story story(String path, boolean published) {
        Instant at = T0.minusSeconds(3600);
        return new Story("id" + path.hashCode(), path, path.substring(path.lastIndexOf('/') + 1), "Headline", List.of(), "",
                new AgencyCopy("Headline", "<p>Body.</p>", "Wire", "https://wire.example/x", null, null, null, null, null),
                null, "sha", null, at, "importer", at, "importer", published ? at : null, published ? at : null,
                published ? "editor" : null, published);
    }

    static Story draft(Story story) {
        return story(story.path(), false);
    }
}
