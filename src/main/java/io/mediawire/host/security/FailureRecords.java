package io.mediawire.host.security;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** Where {@link LoginThrottle} counts failed sign-ins: this process's memory, or the repository every node shares. */
public interface FailureRecords {
    /** Failures of one name at one address: how many, the door closed until when (or null), the last one. */
    record Failures(int count, Instant blockedUntil, Instant last) {
    }

    Optional<Failures> get(String key);

    /** Replaces the key's failures (null when none yet) by {@code change}'s result, atomically. */
    Failures update(String key, UnaryOperator<Failures> change);

    void remove(String key);

    /** Forgets failures whose last attempt was before {@code cutoff}. */
    void forgetBefore(Instant cutoff);

    int size();

    static FailureRecords inMemory() {
        ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
        return new FailureRecords() {
            @Override
            public Optional<Failures> get(String key) {
                return Optional.ofNullable(failures.get(key));
            }

            @Override
            public Failures update(String key, UnaryOperator<Failures> change) {
                return failures.compute(key, (k, old) -> change.apply(old));
            }

            @Override
            public void remove(String key) {
                failures.remove(key);
            }

            @Override
            public void forgetBefore(Instant cutoff) {
                failures.values().removeIf(f -> f.last().isBefore(cutoff));
            }

            @Override
            public int size() {
                return failures.size();
            }
        };
    }
}
