package io.mediawire.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mediawire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    static final Instant T0 = Instant.parse("2025-03-12T12:00:00Z");
    final MutableClock clock = new MutableClock(T0);

    static RenderedPage page(String html) {
        return new RenderedPage(200, html, T0, "en");
    }

    @Test
    void keepsPagesUntilAnyChange() {
        PageCache cache = new PageCache(clock, 10, true);
        AtomicInteger renders = new AtomicInteger();
        RenderedPage first = cache.get("a", () -> page("a" + renders.incrementAndGet()));
        assertSame(first, cache.get("a", () -> page("a" + renders.incrementAndGet())));
        assertEquals(1, renders.get());
        assertEquals(1, cache.hits());
        clock.advance(Duration.ofMinutes(3));
        cache.invalidateAll("test");
        assertEquals(T0.plus(Duration.ofMinutes(3)), cache.changedAt());
        assertEquals("a2", cache.get("a", () -> page("a" + renders.incrementAndGet())).html());
    }

    @Test
    void aRenderOverlappingAnInvalidationIsServedButNotKept() {
        PageCache cache = new PageCache(clock, 10, true);
        RenderedPage stale = cache.get("a", () -> {
            cache.invalidateAll("a story was published while this page rendered");
            return page("old");
        });
        assertEquals("old", stale.html());
        assertEquals("new", cache.get("a", () -> page("new")).html());
    }

    @Test
    void errorsAndNotFoundPagesAreNotKept() {
        PageCache cache = new PageCache(clock, 10, true);
        cache.get("x", () -> new RenderedPage(500, "broken", T0, "en"));
        cache.get("y", () -> new RenderedPage(404, "missing", T0, "en"));
        assertEquals(0, cache.size());
    }

    @Test
    void holdsAtMostItsLimitDroppingTheLeastRecentlyUsed() {
        PageCache cache = new PageCache(clock, 2, true);
        cache.get("a", () -> page("a"));
        cache.get("b", () -> page("b"));
        cache.get("a", () -> page("a again"));
        cache.get("c", () -> page("c"));
        assertEquals(2, cache.size());
        assertEquals("a", cache.get("a", () -> page("a rendered again")).html());
        assertEquals("b rendered again", cache.get("b", () -> page("b rendered again")).html());
    }

    @Test
    void disabledInDevelopmentModeButStillTracksChanges() {
        PageCache cache = new PageCache(clock, 10, false);
        cache.get("a", () -> page("1"));
        assertEquals("2", cache.get("a", () -> page("2")).html());
        clock.advance(Duration.ofSeconds(5));
        cache.invalidateAll("reload");
        assertEquals(T0.plusSeconds(5), cache.changedAt());
    }
}
