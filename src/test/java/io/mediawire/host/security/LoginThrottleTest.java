package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failures counted in memory; {@link StoredSessionsTest.Throttle} runs the same tests on the repository's. */
class LoginThrottleTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(failures(), clock);

    @Test
    void firstFailuresAreFreeThenTheWaitDoubles() {
        for (int free = 0; free < 3; free++) {
            assertEquals(Duration.ZERO, throttle.failed("ann", "10.0.0.1"), "three failures are free");
            assertEquals(Optional.empty(), throttle.waitFor("ann", "10.0.0.1"));
        }
        assertEquals(Duration.ofSeconds(1), throttle.failed("ann", "10.0.0.1"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("ANN ", "10.0.0.1"), "names match loosely");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.waitFor("ann", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), throttle.failed("ann", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(4), throttle.failed("ann", "10.0.0.1"));
    }

    @Test
    void theWaitIsCappedAndSuccessForgets() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("bob", "10.0.0.2");
        }
        assertEquals(LoginThrottle.MAX_WAIT, throttle.waitFor("bob", "10.0.0.2").orElseThrow());
        throttle.succeeded("bob", "10.0.0.2");
        assertTrue(throttle.waitFor("bob", "10.0.0.2").isEmpty());
    }

    @Test
    void anotherAddressOrNameIsNotHeldUp() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("cat", "10.0.0.3");
        }
        assertTrue(throttle.waitFor("cat", "10.0.0.4").isEmpty());
        assertTrue(throttle.waitFor("dan", "10.0.0.3").isEmpty());
    }

    FailureRecords failures() {
        return FailureRecords.inMemory();
    }
}
