package io.mediawire.subscriptions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides a subscription's health. Failing: {@code failingAfter} runs in a row failed. Quiet: no
 * new item for longer than its threshold, counted from the last new item (or from its creation).
 * The threshold is the one set by hand, else learned from when new items came: three times the
 * 90th percentile of the gaps between the last arrivals (at least three intervals), once at least
 * {@value #MIN_GAPS} gaps are known; before that, the default.
 */
final class HealthRules {
    static final int MIN_GAPS = 3;
    static final int INTERVALS_AT_LEAST = 3;
    static final int GAP_MULTIPLE = 3;

    private final int failingAfter;
    private final Duration defaultQuiet;

    HealthRules(int failingAfter, Duration defaultQuiet) {
        this.failingAfter = failingAfter;
        this.defaultQuiet = defaultQuiet;
    }

    Health of(Subscription subscription, SubscriptionState state, Instant now) {
        if (state.consecutiveFailures() >= failingAfter) {
            return Health.FAILING;
        }
        Instant since = state.lastNewItem() != null ? state.lastNewItem() : subscription.created();
        if (since != null && Duration.between(since, now).compareTo(quietThreshold(subscription, state)) > 0) {
            return Health.QUIET;
        }
        return Health.HEALTHY;
    }

    /** How long without a new item makes this subscription quiet. */
    Duration quietThreshold(Subscription subscription, SubscriptionState state) {
        if (subscription.quietAfter() != null) {
            return subscription.quietAfter();
        }
        return learned(state.arrivals(), subscription.interval());
    }

    Duration learned(List<Instant> arrivals, Duration interval) {
        if (arrivals.size() < MIN_GAPS + 1) {
            return defaultQuiet;
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add(Duration.between(arrivals.get(i - 1), arrivals.get(i)).abs());
        }
        Collections.sort(gaps);
        Duration p90 = gaps.get((int) Math.ceil(gaps.size() * 0.9) - 1);
        Duration threshold = p90.multipliedBy(GAP_MULTIPLE);
        Duration floor = interval.multipliedBy(INTERVALS_AT_LEAST);
        return threshold.compareTo(floor) < 0 ? floor : threshold;
    }
}
