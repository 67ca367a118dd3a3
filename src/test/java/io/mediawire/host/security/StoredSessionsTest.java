package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionStoreTest}'s tests on sessions kept in the repository, plus what only storage shows:
 * a second store on the same repository (another node, or this one after a restart) knows them.
 */
class StoredSessionsTest extends SessionStoreTest {
    static Path home;
    static EmbeddedRepository repository;
    static AccessWorkspace access;

    @BeforeAll
    static void open() throws Exception {
        home = Files.createTempDirectory("mw-access");
        repository = EmbeddedRepository.open(home);
        access = new AccessWorkspace(repository);
    }

    @AfterAll
    static void close() {
        repository.close();
    }

    @Override
    SessionRecords records() {
        return new StoredSessions(access);
    }

    @Test
    void anotherStoreOnTheRepositoryFindsTheSessionAndItsEnd() throws Exception {
        AuthSession session = sessions.start(new User("cho", EnumSet.of(Role.ADMIN)));
        SessionStore other = new SessionStore(new StoredSessions(access), clock, Duration.ofMinutes(30), Duration.ofHours(12));
        AuthSession found = other.find(session.id()).orElseThrow();
        assertEquals("cho", found.user().name());
        assertTrue(found.user().isAdmin());
        assertTrue(found.csrfMatches(session.csrfToken()));
        sessions.end(session.id());
        assertTrue(other.find(session.id()).isEmpty());
    }

    @Test
    void theRepositoryNeverHoldsAUsableSessionId() throws Exception {
        AuthSession session = sessions.start(new User("dee", EnumSet.of(Role.EDITOR)));
        Session jcr = repository.login(AccessWorkspace.WORKSPACE);
        try {
            String hash = AccessWorkspace.hash(session.id());
            assertTrue(jcr.nodeExists("/sessions/" + hash.substring(0, 2) + "/" + hash));
            assertTrue(jcr.getNode("/sessions").getNodes().getSize() > 0);
            assertTrue(!jcr.nodeExists("/sessions/" + session.id()));
        } finally {
            jcr.logout();
        }
    }

    @Test
    void theLoginFormKeyIsMadeOnceAndShared() {
        byte[] first = access.secret("test-key");
        assertEquals(32, first.length);
        assertEquals(java.util.HexFormat.of().formatHex(first), java.util.HexFormat.of().formatHex(access.secret("test-key")));
    }

    /** {@link LoginThrottleTest}'s tests with the failures in the repository. */
    @Nested
    class Throttle extends LoginThrottleTest {
        @Override
        FailureRecords failures() {
            return new StoredLoginFailures(access);
        }
    }
}
