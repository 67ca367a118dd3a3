package io.mediawire.host.security;

import java.time.Instant;

/**
 * A signed-in browser: its cookie id, who it is, and its synchronizer token that every
 * state-changing form must carry back.
 */
public final class AuthSession {
    private final String id;
    private final User user;
    private final String csrfToken;
    private final Instant started;
    private volatile Instant lastSeen;

    AuthSession(String id, User user, String csrfToken, Instant started) {
        this(id, user, csrfToken, started, started);
    }

    AuthSession(String id, User user, String csrfToken, Instant started, Instant lastSeen) {
        this.id = id;
        this.user = user;
        this.csrfToken = csrfToken;
        this.started = started;
        this.lastSeen = lastSeen;
    }

    public String id() {
        return id;
    }

    public User user() {
        return user;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant started() {
        return started;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant at) {
        lastSeen = at;
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
    public boolean csrfMatches(String candidate) {
        return Tokens.equal(csrfToken, candidate);
    }
}
