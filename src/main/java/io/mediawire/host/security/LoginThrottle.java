package io.mediawire.host.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing per user name and client address: the first {@link #FREE_ATTEMPTS}
 * failures cost nothing (each is a plain "wrong name or password"), then each further failure
 * closes the door for twice as long as the last (1 s after the fourth, 2 s, 4 s, ... up to
 * {@link #MAX_WAIT}). While closed, even the right password is
 * refused, and the caller is told how long to wait. Keyed by name and address so one attacker
 * cannot lock a user out from everywhere. Nothing sleeps: no thread is held by a guesser. The counts
 * live in {@link FailureRecords}: in the repository, a door closed by failures on one node of a cluster
 * is closed on all of them.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS = 3;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** How often old failures are swept out: they only cost room, never a wrong answer. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private final FailureRecords failures;
    private final Clock clock;
    private volatile Instant lastSweep;

    public LoginThrottle(Clock clock) {
        this(FailureRecords.inMemory(), clock);
    }

    public LoginThrottle(FailureRecords failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
        this.lastSweep = clock.instant();
    }

    /** How long this name+address must still wait before trying again, if at all. */
    public Optional<Duration> waitFor(String name, String address) {
        FailureRecords.Failures f = failures.get(key(name, address)).orElse(null);
        Instant now = clock.instant();
        if (f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    /** Records a failed attempt and returns how long the next one must wait (zero while free). */
    public Duration failed(String name, String address) {
        Instant now = clock.instant();
        if (!lastSweep.plus(SWEEP_EVERY).isAfter(now)) {
            lastSweep = now;
            forgetOld();
        }
        FailureRecords.Failures f = failures.update(key(name, address), old -> {
            int count = old == null ? 1 : old.count() + 1;
            Duration wait = delayAfter(count);
            return new FailureRecords.Failures(count, wait.isZero() ? null : now.plus(wait), now);
        });
        return f.blockedUntil() == null ? Duration.ZERO : Duration.between(now, f.blockedUntil());
    }

    public void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_ATTEMPTS - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void forgetOld() {
        failures.forgetBefore(clock.instant().minus(MAX_WAIT.multipliedBy(2)));
    }

    private static String key(String name, String address) {
        return (name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)) + "|" + address;
    }
}
