package io.mediawire.host.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/**
 * Answers kept until what they depend on changes ({@link Generations}) or their time is up (a page
 * saying "7 minutes ago" is right until the next minute starts), bounded by bytes: the weigher says
 * what each value costs, and Caffeine drops the entries least likely to be asked again once the
 * bound is reached. Eviction runs on the calling thread, so the bound holds when {@link #put} returns.
 *
 * <p>Caffeine records the statistics ({@link #figures}), with one departure: a lookup counts as a
 * hit only when the kept value is still current and in its time. An entry found stale is a miss
 * (and counted as dropped), since the answer has to be made again.
 *
 * @param <V> what is kept; it must be immutable, since every reader gets the same instance
 */
public final class StampedCache<V> {
    /** Per entry, beside the value: key, stamp, times and Caffeine's own node, roughly. */
    static final int ENTRY_OVERHEAD = 200;

    private final Generations generations;
    private final Clock clock;
    private final Cache<String, Entry<V>> entries;
    private final ToIntFunction<V> weigher;
    private final boolean enabled;
    private final long maxBytes;
    private final ConcurrentStatsCounter stats = new ConcurrentStatsCounter();
    private final LongAdder stale = new LongAdder();

    private record Entry<V>(V value, Generations.Stamp stamp, Instant from, Instant until, int weight) {
        boolean timeless() {
            return from == Instant.MIN && until == Instant.MAX;
        }
    }

    /**
     * @param maxBytes the bound on the weights of all entries together
     * @param weigher  the bytes a value holds
     * @param enabled  false in development mode: nothing is kept
     */
    public StampedCache(Generations generations, Clock clock, long maxBytes, ToIntFunction<V> weigher, boolean enabled) {
        this.generations = generations;
        this.clock = clock;
        this.enabled = enabled;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Entry<V>>weigher((key, entry) -> entry.weight())
                .executor(Runnable::run)
                .recordStats(() -> stats)
                .build();
        this.maxBytes = maxBytes;
        this.weigher = weigher;
        generations.onEverything(entries::invalidateAll);
    }

    /** The kept value, when it is still current and within its time; else null. */
    public V get(String key) {
        if (!enabled) {
            return null;
        }
        // Looked up quietly: whether it is a hit is decided here, once the entry is known to be current.
        Entry<V> entry = entries.policy().getIfPresentQuietly(key);
        if (entry == null) {
            stats.recordMisses(1);
            return null;
        }
        boolean inTime = entry.timeless() || within(entry, clock.instant());
        if (!inTime || !generations.current(entry.stamp())) {
            entries.asMap().remove(key, entry);
            stale.increment();
            stats.recordMisses(1);
            return null;
        }
        stats.recordHits(1);
        return entry.value();
    }

    /** Taken before the value is made, for {@link #put}. */
    public Generations.Ticket ticket() {
        return generations.ticket();
    }

    /**
     * Keeps {@code value}, made since {@code ticket} and depending on {@code dependency}, for the times
     * from {@code from} (inclusive) to {@code until} (exclusive); {@code Instant.MIN} and
     * {@code Instant.MAX} for no limit. Nothing is kept when a change started since the ticket.
     *
     * @return whether it was kept
     */
    public boolean put(String key, V value, Generations.Ticket ticket, Dependency dependency, Instant from, Instant until) {
        if (!enabled) {
            return false;
        }
        Generations.Stamp stamp = generations.stamp(ticket, dependency);
        if (stamp == null) {
            return false;
        }
        int weight = ENTRY_OVERHEAD + 2 * key.length() + weigher.applyAsInt(value);
        entries.put(key, new Entry<>(value, stamp, from, until, weight));
        return true;
    }

    /** Every value kept now, current or not yet dropped: for tests that look for what must never be kept. */
    public void forEach(BiConsumer<String, V> action) {
        entries.asMap().forEach((key, entry) -> action.accept(key, entry.value()));
    }

    /** The sum of the entries' weights, in bytes. */
    public long weightedSize() {
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    public long size() {
        return entries.estimatedSize();
    }

    /**
     * The cache's state at one moment, for {@code /.health/cache}.
     *
     * @param hitRate   hits over lookups, 1.0 before any lookup (Caffeine's convention)
     * @param evictions entries dropped to keep the bound
     * @param stale     entries found no longer current (a change, or their time up) and dropped when asked for
     */
    public record Figures(boolean enabled, long entries, long weightBytes, long boundBytes, long hits, long misses,
                          double hitRate, long evictions, long stale) {
    }

    public Figures figures() {
        CacheStats now = stats.snapshot();
        return new Figures(enabled, size(), weightedSize(), maxBytes, now.hitCount(), now.missCount(), now.hitRate(),
                now.evictionCount(), stale.sum());
    }

    private static boolean within(Entry<?> entry, Instant now) {
        return !now.isBefore(entry.from()) && now.isBefore(entry.until());
    }
}
