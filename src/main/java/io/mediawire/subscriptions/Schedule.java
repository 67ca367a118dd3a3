package io.mediawire.subscriptions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a subscription runs next. After a good run: one interval after the time it was due (so the
 * schedule does not drift by the run's own length), or after now when that time has passed (missed
 * runs are skipped, never caught up in a burst). After a failure: the interval doubled for every
 * failure in a row, capped, and never before a {@code Retry-After} the feed asked for.
 */
final class Schedule {
    /** The longest {@code Retry-After} honoured; beyond it a server is asking for something else. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final Duration maxBackoff;

    Schedule(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /** @param due when this run was due; null for a run started by hand */
    Instant afterSuccess(Duration interval, Instant due, Instant now) {
        Instant next = (due != null ? due : now).plus(interval);
        return next.isAfter(now) ? next : now.plus(interval);
    }

    /** @param failures the failures in a row, this one included (1 or more) */
    Instant afterFailure(Duration interval, int failures, Instant now, Optional<Duration> retryAfter) {
        return now.plus(backoff(interval, failures, retryAfter));
    }

    Duration backoff(Duration interval, int failures, Optional<Duration> retryAfter) {
        Duration cap = maxBackoff.compareTo(interval) > 0 ? maxBackoff : interval;
        Duration delay = interval;
        for (int i = 0; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return delay;
    }
}
