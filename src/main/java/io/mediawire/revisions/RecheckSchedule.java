package io.mediawire.revisions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a story imported from its own page is read again: 15 minutes, 1 hour, 6 hours, 1 day and 3 days after
 * its import, then never (agencies change a story mostly in its first hours). A check whose time passed
 * while nothing ran is skipped, never made up in a burst. A 404 is asked again after
 * {@link #AFTER_NOT_FOUND}, so that {@link #NOT_FOUND_IN_A_ROW} of them in a row come within the hour.
 */
final class RecheckSchedule {
    static final List<Duration> AFTER_IMPORT = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofHours(24), Duration.ofHours(72));
    static final Duration AFTER_NOT_FOUND = Duration.ofMinutes(15);
    static final int NOT_FOUND_IN_A_ROW = 3;

    private RecheckSchedule() {
    }

    static Instant first(Instant imported) {
        return imported.plus(AFTER_IMPORT.get(0));
    }

    /** The time of the next check after {@code checksMade} checks; null when none is left. */
    static Instant next(Instant imported, int checksMade, Instant now) {
        for (int i = checksMade; i < AFTER_IMPORT.size(); i++) {
            Instant at = imported.plus(AFTER_IMPORT.get(i));
            if (at.isAfter(now)) {
                return at;
            }
        }
        return null;
    }
}
