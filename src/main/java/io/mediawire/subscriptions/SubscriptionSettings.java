package io.mediawire.subscriptions;

import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.magnolia.ModuleSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How subscriptions are polled, from the module's configuration keys (defaults in brackets).
 *
 * @param poll                 {@value #POLL} [true]: run the scheduler; the command line's own repository opens set it
 *                             false, so that a one-off command never polls
 * @param maxConcurrentFetches {@value #MAX_FETCHES} [4]: fetches at once in all (and scheduler threads)
 * @param runDeadline          {@value #RUN_DEADLINE} [PT2M]: the most one run may take
 * @param fetchTimeout         {@value #FETCH_TIMEOUT} [PT30S]: the most one fetch may take (silence: half of it, at
 *                             most 15 s)
 * @param maxBackoff           {@value #MAX_BACKOFF} [PT1H]: the longest wait after failures (or the interval, if longer)
 * @param failingAfter         {@value #FAILING_AFTER} [3]: failed runs in a row that make a subscription failing
 * @param defaultQuiet         {@value #QUIET_AFTER} [P1D]: quiet threshold until one is learned
 * @param conditionalGet       {@value #CONDITIONAL_GET} [true]: send the feed's validators (off only to measure)
 */
public record SubscriptionSettings(boolean poll, int maxConcurrentFetches, Duration runDeadline, Duration fetchTimeout,
                                   Duration maxBackoff, int failingAfter, Duration defaultQuiet, boolean conditionalGet,
                                   FetchPolicy fetchPolicy) {
    public static final String POLL = "media-wire.subscriptions.poll";
    public static final String MAX_FETCHES = "media-wire.subscriptions.maxConcurrentFetches";
    public static final String RUN_DEADLINE = "media-wire.subscriptions.runDeadline";
    public static final String FETCH_TIMEOUT = "media-wire.subscriptions.fetchTimeout";
    public static final String MAX_BACKOFF = "media-wire.subscriptions.maxBackoff";
    public static final String FAILING_AFTER = "media-wire.subscriptions.failingAfter";
    public static final String QUIET_AFTER = "media-wire.subscriptions.quietAfter";
    public static final String CONDITIONAL_GET = "media-wire.subscriptions.conditionalGet";

    public static SubscriptionSettings of(ModuleSettings settings) {
        Duration fetchTimeout = duration(settings, FETCH_TIMEOUT, "PT30S");
        Duration silence = fetchTimeout.dividedBy(2).compareTo(Duration.ofSeconds(15)) < 0
                ? fetchTimeout.dividedBy(2) : Duration.ofSeconds(15);
        Duration connect = silence.compareTo(Duration.ofSeconds(5)) < 0 ? silence : Duration.ofSeconds(5);
        // A Retry-After is never slept through in a worker: the run fails and the schedule waits instead.
        FetchPolicy policy = ImportSettings.policy(settings).withTimeouts(connect, silence, fetchTimeout)
                .withMaxRetryAfterWait(Duration.ZERO);
        return new SubscriptionSettings(!"false".equals(settings.property(POLL, "true")),
                number(settings, MAX_FETCHES, 4), duration(settings, RUN_DEADLINE, "PT2M"), fetchTimeout,
                duration(settings, MAX_BACKOFF, "PT1H"), number(settings, FAILING_AFTER, 3),
                duration(settings, QUIET_AFTER, "P1D"), !"false".equals(settings.property(CONDITIONAL_GET, "true")),
                policy);
    }

    private static Duration duration(ModuleSettings settings, String key, String fallback) {
        String text = settings.property(key, fallback);
        try {
            Duration value = Duration.parse(text);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(key + " must be positive: " + text);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT30S: " + text, e);
        }
    }

    private static int number(ModuleSettings settings, String key, int fallback) {
        String text = settings.property(key, String.valueOf(fallback));
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new IllegalArgumentException(key + " must be at least 1: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + text, e);
        }
    }
}
