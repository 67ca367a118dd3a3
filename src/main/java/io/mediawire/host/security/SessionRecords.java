package io.mediawire.host.security;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** Where {@link SessionStore} keeps sessions: this process's memory, or the repository every node shares. */
public interface SessionRecords {
    void put(AuthSession session);

    Optional<AuthSession> get(String id);

    /** Records a request at {@code at}; the store calls it at most once a {@link SessionStore#touchInterval()}. */
    void touch(AuthSession session, Instant at);

    void remove(String id);

    void removeIf(Predicate<AuthSession> expired);

    int size();

    /** One process's sessions: a restart signs everyone out. */
    static SessionRecords inMemory() {
        ConcurrentMap<String, AuthSession> sessions = new ConcurrentHashMap<>();
        return new SessionRecords() {
            @Override
            public void put(AuthSession session) {
                sessions.put(session.id(), session);
            }

            @Override
            public Optional<AuthSession> get(String id) {
                return Optional.ofNullable(sessions.get(id));
            }

            @Override
            public void touch(AuthSession session, Instant at) {
                session.seen(at);
            }

            @Override
            public void remove(String id) {
                sessions.remove(id);
            }

            @Override
            public void removeIf(Predicate<AuthSession> expired) {
                sessions.values().removeIf(expired);
            }

            @Override
            public int size() {
                return sessions.size();
            }
        };
    }
}
