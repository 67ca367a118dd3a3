package io.mediawire.host.rendering;

import io.mediawire.story.Story;
import io.mediawire.story.StoryListener;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered pages (relative times still as markers), least recently used out first. Any story
 * change empties it: a publish changes every page's recent-posts list, so finer invalidation would
 * buy little. A render that overlaps an invalidation is served but not kept, so a page rendered
 * from the old state can never outlive the change.
 */
public final class PageCache implements StoryListener {
    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);

    private final Clock clock;
    private final boolean enabled;
    private final Map<String, RenderedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private volatile Instant changedAt;

    /** @param enabled false in development mode: every request renders, but {@link #changedAt} still moves */
    public PageCache(Clock clock, int maxPages, boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
        this.changedAt = clock.instant();
        this.pages = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RenderedPage> eldest) {
                return size() > maxPages;
            }
        };
    }

    public RenderedPage get(String key, Supplier<RenderedPage> render) {
        if (enabled) {
            synchronized (pages) {
                RenderedPage cached = pages.get(key);
                if (cached != null) {
                    hits.incrementAndGet();
                    return cached;
                }
            }
        }
        misses.incrementAndGet();
        long before = generation.get();
        RenderedPage page = render.get();
        if (enabled && page.cacheable()) {
            synchronized (pages) {
                if (generation.get() == before) {
                    pages.put(key, page);
                }
            }
        }
        return page;
    }

    @Override
    public void changed(Story story, Change change) {
        invalidateAll(change + " " + story.path());
    }

    /** Pages name their stories' sources: a renamed source leaves every page stale. */
    @Override
    public void sourcesChanged() {
        invalidateAll("sources changed");
    }

    public void invalidateAll(String reason) {
        synchronized (pages) {
            generation.incrementAndGet();
            changedAt = clock.instant();
            int dropped = pages.size();
            pages.clear();
            LOG.debug("Page cache cleared ({} pages): {}", dropped, reason);
        }
    }

    /** When the site last changed as a whole (a story change or a template reload). */
    public Instant changedAt() {
        return changedAt;
    }

    public int size() {
        synchronized (pages) {
            return pages.size();
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }
}
