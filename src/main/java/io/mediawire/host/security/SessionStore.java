package io.mediawire.host.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side sessions, kept in {@link SessionRecords}: the repository, so that whichever node of a
 * cluster a request reaches knows the session (and a restart signs no one out), or memory in tests.
 * A session ends after {@link #idleTimeout()} without a request, or {@link #maxAge()} after sign-in,
 * whichever comes first. A request is recorded at most once a {@link #touchInterval()}, so that
 * reading pages signed in does not write to the repository on every request.
 */
public final class SessionStore {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);
    private static final Duration MAX_TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionRecords records;
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;
    private volatile Instant lastPurge = Instant.MIN;

    public SessionStore(Clock clock) {
        this(SessionRecords.inMemory(), clock, DEFAULT_IDLE, DEFAULT_MAX_AGE);
    }

    public SessionStore(Clock clock, Duration idle, Duration maxAge) {
        this(SessionRecords.inMemory(), clock, idle, maxAge);
    }

    public SessionStore(SessionRecords records, Clock clock) {
        this(records, clock, DEFAULT_IDLE, DEFAULT_MAX_AGE);
    }

    public SessionStore(SessionRecords records, Clock clock, Duration idle, Duration maxAge) {
        this.records = records;
        this.clock = clock;
        this.idle = idle;
        this.maxAge = maxAge;
    }

    /** A fresh session with a new id: never reuse an id from before sign-in (session fixation). */
    public AuthSession start(User user) {
        purgeExpired();
        AuthSession session = new AuthSession(Tokens.random(), user, Tokens.random(), clock.instant());
        records.put(session);
        return session;
    }

    /** The live session with this id; touching it keeps it alive. */
    public Optional<AuthSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<AuthSession> found = records.get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AuthSession session = found.get();
        Instant now = clock.instant();
        if (expired(session, now)) {
            records.remove(id);
            return Optional.empty();
        }
        if (!session.lastSeen().plus(touchInterval()).isAfter(now)) {
            records.touch(session, now);
        }
        return Optional.of(session);
    }

    public void end(String id) {
        if (id != null) {
            records.remove(id);
        }
    }

    public Duration idleTimeout() {
        return idle;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** How stale a session's last request may be recorded: a thirtieth of the idle timeout, a minute at most. */
    public Duration touchInterval() {
        Duration share = idle.dividedBy(30);
        return share.compareTo(MAX_TOUCH_INTERVAL) > 0 ? MAX_TOUCH_INTERVAL : share;
    }

    public int size() {
        return records.size();
    }

    private boolean expired(AuthSession session, Instant now) {
        // touches are up to touchInterval() late, so idleness counts from the last one recorded
        return session.lastSeen().plus(idle).isBefore(now) || session.started().plus(maxAge).isBefore(now);
    }

    /** Sweeps out ended sessions nobody came back for, at most once a touch interval. */
    private void purgeExpired() {
        Instant now = clock.instant();
        if (lastPurge.plus(touchInterval()).isAfter(now)) {
            return;
        }
        lastPurge = now;
        records.removeIf(s -> expired(s, now));
    }
}
