package io.mediawire.host.security;

import java.util.Optional;

/** Who a request turned out to be, as {@link Authenticator#identify} found out. */
public sealed interface Caller permits Caller.SignedIn, Caller.Basic, Caller.Throttled, Caller.Anonymous {

    /** The user behind the request, if any. */
    Optional<User> user();

    /** A browser with a live session cookie. */
    record SignedIn(AuthSession session) implements Caller {
        @Override
        public Optional<User> user() {
            return Optional.of(session.user());
        }
    }

    /** A script with valid HTTP Basic credentials for this account. */
    record Basic(User account) implements Caller {
        @Override
        public Optional<User> user() {
            return Optional.of(account);
        }
    }

    /** Basic credentials not even tried: too many failures; the caller may try again after this wait. */
    record Throttled(long retryAfterSeconds) implements Caller {
        @Override
        public Optional<User> user() {
            return Optional.empty();
        }
    }

    /** No credentials, or wrong ones. */
    record Anonymous() implements Caller {
        @Override
        public Optional<User> user() {
            return Optional.empty();
        }
    }
}
