package io.mediawire.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduling arithmetic, on plain instants: no clock, no waiting. */
class ScheduleAndHealthTest {
    static final Instant T = Instant.parse("2026-03-03T10:00:00Z");
    static final Duration FIVE = Duration.ofMinutes(5);
    final Schedule schedule = new Schedule(Duration.ofHours(1));
    final HealthRules rules = new HealthRules(3, Duration.ofDays(1));

    @Test
    void aGoodRunIsFollowedOneIntervalAfterItWasDueSoTheScheduleDoesNotDrift() {
        assertEquals(T.plus(FIVE), schedule.afterSuccess(FIVE, T, T.plusSeconds(20)));
    }

    @Test
    void missedRunsAreSkippedNotCaughtUpInABurst() {
        assertEquals(T.plus(Duration.ofMinutes(47)), schedule.afterSuccess(FIVE, T, T.plus(Duration.ofMinutes(42))));
    }

    @Test
    void aRunByHandCountsFromNow() {
        assertEquals(T.plus(FIVE), schedule.afterSuccess(FIVE, null, T));
    }

    @Test
    void failuresDoubleTheWaitUpToTheCap() {
        List<Duration> waits = new ArrayList<>();
        for (int failures = 1; failures <= 6; failures++) {
            waits.add(schedule.backoff(FIVE, failures, Optional.empty()));
        }
        assertEquals(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1)), waits);
        assertEquals(Duration.ofDays(2), schedule.backoff(Duration.ofDays(2), 3, Optional.empty()),
                "the cap is never below the interval itself");
    }

    @Test
    void aRetryAfterIsHonouredWhenItAsksForMoreButBounded() {
        assertEquals(Duration.ofMinutes(30), schedule.backoff(FIVE, 1, Optional.of(Duration.ofMinutes(30))));
        assertEquals(Duration.ofMinutes(10), schedule.backoff(FIVE, 1, Optional.of(Duration.ofSeconds(5))));
        assertEquals(Duration.ofHours(24), schedule.backoff(FIVE, 1, Optional.of(Duration.ofDays(30))));
    }

    private static Subscription subscription(Duration quietAfter, SubscriptionState state) {
        return new Subscription("id", "source", "https://a.example/feed", FIVE, PublishMode.DRAFT, "", true, quietAfter,
                state, T, "maria");
    }

    private static SubscriptionState state(int failures, Instant lastNewItem, List<Instant> arrivals) {
        return new SubscriptionState(null, null, null, null, Health.HEALTHY, failures, null, lastNewItem, arrivals,
                List.of());
    }

    @Test
    void failingAfterThreeFailedRunsInARow() {
        assertEquals(Health.HEALTHY, rules.of(subscription(null, state(2, T, List.of())), state(2, T, List.of()), T));
        assertEquals(Health.FAILING, rules.of(subscription(null, state(3, T, List.of())), state(3, T, List.of()), T));
    }

    @Test
    void quietWhenNothingNewCameForLongerThanTheThresholdSetByHand() {
        SubscriptionState state = state(0, T, List.of());
        Subscription watched = subscription(Duration.ofHours(2), state);
        assertEquals(Health.HEALTHY, rules.of(watched, state, T.plus(Duration.ofHours(2))));
        assertEquals(Health.QUIET, rules.of(watched, state, T.plus(Duration.ofHours(2)).plusSeconds(1)));
    }

    @Test
    void theThresholdIsLearnedFromWhenItemsCame() {
        List<Instant> everyTwentyMinutes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            everyTwentyMinutes.add(T.plus(Duration.ofMinutes(20L * i)));
        }
        everyTwentyMinutes.set(9, T.plus(Duration.ofMinutes(20L * 8 + 40))); // one gap of 40 minutes
        assertEquals(Duration.ofMinutes(120), rules.learned(everyTwentyMinutes, FIVE),
                "three times the 90th percentile gap");
        assertEquals(Duration.ofMinutes(15), rules.learned(List.of(T, T.plusSeconds(60), T.plusSeconds(120),
                T.plusSeconds(180)), FIVE), "never under three intervals");
        assertEquals(Duration.ofDays(1), rules.learned(List.of(T, T.plusSeconds(60)), FIVE), "too little history");
    }

    @Test
    void aNewSubscriptionCountsQuietnessFromItsCreation() {
        SubscriptionState nothingYet = state(0, null, List.of());
        assertEquals(Health.HEALTHY, rules.of(subscription(null, nothingYet), nothingYet, T.plus(Duration.ofHours(23))));
        assertEquals(Health.QUIET, rules.of(subscription(null, nothingYet), nothingYet, T.plus(Duration.ofHours(25))));
    }
}
