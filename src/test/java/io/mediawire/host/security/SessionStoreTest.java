package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Sessions kept in memory; {@link StoredSessionsTest} runs the same tests on the repository's. */
class SessionStoreTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final SessionStore sessions = new SessionStore(records(), clock, Duration.ofMinutes(30), Duration.ofHours(12));
    final User ann = new User("ann", EnumSet.of(Role.EDITOR));

    @Test
    void sessionsHaveRandomIdsAndTokens() {
        AuthSession a = sessions.start(ann);
        AuthSession b = sessions.start(ann);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrfToken(), b.csrfToken());
        assertNotEquals(a.id(), a.csrfToken());
        assertEquals(43, a.id().length(), "32 bytes, base64url");
        assertTrue(a.csrfMatches(a.csrfToken()));
        assertTrue(!a.csrfMatches(b.csrfToken()) && !a.csrfMatches(null) && !a.csrfMatches(""));
    }

    @Test
    void anIdleSessionExpiresAndAnActiveOneLivesOn() {
        AuthSession idle = sessions.start(ann);
        AuthSession active = sessions.start(ann);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.find(active.id()).isPresent());
        }
        assertTrue(sessions.find(idle.id()).isEmpty());
    }

    @Test
    void everySessionEndsAfterItsMaximumAge() {
        AuthSession session = sessions.start(ann);
        for (int i = 0; i < 12 * 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            sessions.find(session.id());
        }
        clock.advance(Duration.ofMinutes(1));
        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void endedSessionsAreGone() {
        AuthSession session = sessions.start(ann);
        sessions.end(session.id());
        assertTrue(sessions.find(session.id()).isEmpty());
        assertTrue(sessions.find(null).isEmpty());
    }

    SessionRecords records() {
        return SessionRecords.inMemory();
    }
}
