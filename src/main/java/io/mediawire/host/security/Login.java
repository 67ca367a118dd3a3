package io.mediawire.host.security;

import java.time.Duration;
import java.util.Optional;

/** Password sign-in with throttling: the one place the login page and HTTP Basic both go through. */
public final class Login {
    private final UserStore users;
    private final LoginThrottle throttle;

    public Login(UserStore users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    /** The outcome of one attempt. */
    public sealed interface Result permits Success, Refused, Throttled {
    }

    public record Success(User user) implements Result {
    }

    /** Wrong name or password; no hint which. */
    public record Refused() implements Result {
    }

    /** Too many failures from this address for this name: try again after {@code retryAfter}. */
    public record Throttled(Duration retryAfter) implements Result {
        /** Whole seconds, rounded up, for a Retry-After header. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    public Result attempt(String name, char[] password, String address) {
        String key = name == null ? "" : name.strip();
        Optional<Duration> wait = throttle.waitFor(key, address);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        Optional<User> user = password == null || password.length == 0 ? Optional.empty() : users.verify(key, password);
        if (user.isPresent() && user.get().canEdit()) {
            throttle.succeeded(key, address);
            return new Success(user.get());
        }
        Duration next = throttle.failed(key, address);
        return next.isZero() ? new Refused() : new Throttled(next);
    }
}
