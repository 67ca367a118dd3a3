package io.mediawire.host.web.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediawire.subscriptions.RunProblem;
import io.mediawire.subscriptions.RunRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the Sources and Feeds views say intervals and what a run did. */
class WirePresenterTest {
    static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

    static RunRecord run(String outcome, int added, int duplicate, int filtered, int failed, int unchanged) {
        return new RunRecord(T, "schedule", 12, 200, outcome, added, duplicate, filtered, failed, unchanged, null,
                failed > 0 ? RunProblem.ITEMS_FAILED : null);
    }

    @Test
    void aRunSaysWhatItDidWithTheItemsLeavingZerosOut() {
        assertEquals("3 new, 1 duplicate, 2 already seen", WirePresenter.counts(run(RunRecord.OK, 3, 1, 0, 0, 2)));
        assertEquals("1 filtered out, 2 failed", WirePresenter.counts(run(RunRecord.OK, 0, 0, 1, 2, 0)));
        assertEquals("nothing read (the feed said it had not changed)",
                WirePresenter.counts(run(RunRecord.NOT_MODIFIED, 0, 0, 0, 0, 0)));
        assertEquals("no items", WirePresenter.counts(run(RunRecord.OK, 0, 0, 0, 0, 0)));
        assertEquals("", WirePresenter.counts(run(RunRecord.FAILED, 0, 0, 0, 0, 0)), "the problem says it");
        assertEquals("2 items could not be imported.", run(RunRecord.OK, 0, 0, 0, 2, 0).explanation());
    }

    @Test
    void intervalsInWords() {
        assertEquals("1 minute", WirePresenter.every(Duration.ofMinutes(1)));
        assertEquals("15 minutes", WirePresenter.every(Duration.ofMinutes(15)));
        assertEquals("1 hour", WirePresenter.every(Duration.ofHours(1)));
        assertEquals("2 days", WirePresenter.every(Duration.ofDays(2)));
        assertEquals("PT1M30S", WirePresenter.every(Duration.ofSeconds(90)));
    }
}
