package io.mediawire.subscriptions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every subscription's health at one moment, for {@code /.health/feeds}.
 *
 * @param checked when the health was worked out
 */
public record FeedsHealth(Instant checked, List<Entry> subscriptions) {

    /**
     * @param quietThreshold how long without a new item makes it quiet (set by hand or learned)
     */
    public record Entry(Subscription subscription, String sourceName, Health health, Duration quietThreshold) {
    }

    public long count(Health health) {
        return subscriptions.stream().filter(e -> e.subscription().enabled() && e.health() == health).count();
    }

    public long paused() {
        return subscriptions.stream().filter(e -> !e.subscription().enabled()).count();
    }

    /** "failing" when any enabled subscription fails, else "quiet" when any is quiet, else "healthy". */
    public String status() {
        if (count(Health.FAILING) > 0) {
            return Health.FAILING.value();
        }
        return count(Health.QUIET) > 0 ? Health.QUIET.value() : Health.HEALTHY.value();
    }
}
