package io.mediawire.host.web;

import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Caller;
import io.mediawire.host.security.Credentials;
import io.mediawire.host.security.User;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is asking, for the parts of the host that need an editor: the authoring session (with its
 * CSRF token on state-changing requests) for browsers, HTTP Basic for tools such as the command line.
 */
public interface EditorAuthentication {
    enum Result { OK, ANONYMOUS, BAD_CSRF, THROTTLED }

    /**
     * @param retryAfterSeconds for {@link Result#THROTTLED}: how long the caller must wait
     * @param admin             the caller is an admin (who sees every editor's import jobs)
     */
    record Check(Result result, String user, long retryAfterSeconds, boolean admin) {
        public Check(Result result, String user, long retryAfterSeconds) {
            this(result, user, retryAfterSeconds, false);
        }

        public Check(Result result, String user) {
            this(result, user, 0);
        }

        public static Check ok(String user) {
            return new Check(Result.OK, user);
        }
    }

    Check check(HttpServletRequest request, boolean changesState);

    /** Editors as the {@link Authenticator} knows them: a session (with its CSRF token to change state) or Basic. */
    static EditorAuthentication of(Authenticator authenticator) {
        return (request, changesState) -> {
            Credentials credentials = RequestCredentials.of(request);
            Caller caller = authenticator.identify(credentials);
            if (caller instanceof Caller.Throttled throttled) {
                return new Check(Result.THROTTLED, null, throttled.retryAfterSeconds());
            }
            Optional<User> user = caller.user();
            if (user.isEmpty() || !user.get().canEdit()) {
                return new Check(Result.ANONYMOUS, null);
            }
            if (changesState && !authenticator.mayChangeState(caller, credentials)) {
                return new Check(Result.BAD_CSRF, user.get().name());
            }
            return new Check(Result.OK, user.get().name(), 0, user.get().isAdmin());
        };
    }

    default Optional<String> editor(HttpServletRequest request, boolean changesState) {
        Check check = check(request, changesState);
        return check.result() == Result.OK ? Optional.of(check.user()) : Optional.empty();
    }
}
