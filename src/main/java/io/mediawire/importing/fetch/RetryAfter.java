package io.mediawire.importing.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait it asks for, never negative; empty when missing or unreadable. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("[0-9]{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            // round up: waiting a little too long is polite, a little too short earns another 429
            long seconds = wait.isNegative() ? 0 : (wait.toMillis() + 999) / 1000;
            return Optional.of(Duration.ofSeconds(seconds));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
