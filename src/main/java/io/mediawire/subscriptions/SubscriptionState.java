package io.mediawire.subscriptions;

import io.mediawire.importing.fetch.Validators;
import java.time.Instant;
import java.util.List;

/**
 * What the scheduler keeps about a subscription between runs.
 *
 * @param etag                the feed's last {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified        the feed's last {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param lastRun             when the last run started
 * @param nextRun             when the next run is due (the module's clock)
 * @param health              as of the last run
 * @param consecutiveFailures runs in a row that failed
 * @param lastError           why the last run failed; null after a run that did not
 * @param lastNewItem         when a run last stored a new story
 * @param arrivals            when runs brought new items, newest last, the last {@value #ARRIVALS_KEPT}: the quiet
 *                            threshold is learned from them
 * @param seen                keys of the items of the feed's last version that runs have dealt with
 */
public record SubscriptionState(String etag, String lastModified, Instant lastRun, Instant nextRun, Health health,
                                int consecutiveFailures, String lastError, Instant lastNewItem, List<Instant> arrivals,
                                List<String> seen) {
    public static final int ARRIVALS_KEPT = 30;

    public SubscriptionState {
        arrivals = arrivals == null ? List.of() : List.copyOf(arrivals);
        seen = seen == null ? List.of() : List.copyOf(seen);
        health = health == null ? Health.HEALTHY : health;
    }

    /** A new subscription: due at {@code firstRun}. */
    static SubscriptionState fresh(Instant firstRun) {
        return new SubscriptionState(null, null, null, firstRun, Health.HEALTHY, 0, null, null, List.of(), List.of());
    }

    public Validators validators() {
        return new Validators(etag, lastModified);
    }

    SubscriptionState dueAt(Instant at) {
        return new SubscriptionState(etag, lastModified, lastRun, at, health, consecutiveFailures, lastError, lastNewItem,
                arrivals, seen);
    }
}
