package io.mediawire.host.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Server-side sessions, in memory: a restart signs everyone out, which is fine for one newsroom
 * host. A session ends after {@link #idleTimeout()} without a request, or {@link #maxAge()}
 * after sign-in, whichever comes first.
 */
public final class SessionStore {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);

    private final ConcurrentMap<String, AuthSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;

    public SessionStore(Clock clock) {
        this(clock, DEFAULT_IDLE, DEFAULT_MAX_AGE);
    }

    public SessionStore(Clock clock, Duration idle, Duration maxAge) {
        this.clock = clock;
        this.idle = idle;
        this.maxAge = maxAge;
    }

    /** A fresh session with a new id: never reuse an id from before sign-in (session fixation). */
    public AuthSession start(User user) {
        purgeExpired();
        AuthSession session = new AuthSession(Tokens.random(), user, Tokens.random(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id; touching it keeps it alive. */
    public Optional<AuthSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        AuthSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public Duration idleTimeout() {
        return idle;
    }

    public Duration maxAge() {
        return maxAge;
    }

    public int size() {
        return sessions.size();
    }

    private boolean expired(AuthSession session, Instant now) {
        return session.lastSeen().plus(idle).isBefore(now) || session.started().plus(maxAge).isBefore(now);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }
}
