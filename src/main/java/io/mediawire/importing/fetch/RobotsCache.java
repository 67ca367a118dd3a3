package io.mediawire.importing.fetch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * robots.txt rules per origin (scheme, host, port), fetched once and kept for a while. Concurrent fetches of pages
 * on one site wait for the same robots.txt download instead of each starting their own.
 */
final class RobotsCache {

    /** What a robots.txt download gave, and how long to trust it. Never throws: every outcome maps to rules. */
    interface Loader {
        Loaded load(WebAddress robotsUrl, Deadline deadline);
    }

    record Loaded(RobotsRules rules, Duration ttl) {
    }

    private static final int MAX_ORIGINS = 10_000;

    private static final class Entry {
        final CompletableFuture<RobotsRules> rules = new CompletableFuture<>();
        volatile boolean loaded;
        volatile long expiresAtNanos;

        boolean fresh() {
            return !loaded || System.nanoTime() - expiresAtNanos < 0;
        }
    }

    private final Loader loader;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    RobotsCache(Loader loader) {
        this.loader = loader;
    }

    /** The rules for {@code url}'s origin, downloading robots.txt if we have none fresh. */
    RobotsRules rulesFor(WebAddress url, Deadline deadline) throws FetchException {
        String origin = url.origin();
        while (true) {
            Entry current = entries.get(origin);
            if (current != null && current.fresh()) {
                return await(current, url, deadline);
            }
            Entry mine = new Entry();
            boolean won = current == null ? entries.putIfAbsent(origin, mine) == null
                    : entries.replace(origin, current, mine);
            if (!won) {
                continue; // someone else started a download meanwhile: wait for theirs
            }
            if (entries.size() > MAX_ORIGINS) {
                entries.values().removeIf(e -> !e.fresh());
            }
            Loaded loaded;
            try {
                loaded = loader.load(url.redirect("/robots.txt"), deadline);
            } catch (FetchException | RuntimeException e) {
                loaded = new Loaded(RobotsRules.allowAll(), Duration.ofMinutes(1));
            }
            mine.expiresAtNanos = System.nanoTime() + loaded.ttl().toNanos();
            mine.loaded = true;
            mine.rules.complete(loaded.rules());
            return loaded.rules();
        }
    }

    private static RobotsRules await(Entry entry, WebAddress url, Deadline deadline) throws FetchException {
        try {
            return entry.rules.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw deadline.timeout(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted while fetching " + url);
        } catch (ExecutionException e) {
            return RobotsRules.allowAll(); // not reached: the loader never fails the future
        }
    }
}
