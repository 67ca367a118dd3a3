package io.mediawire.host.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is asking, for the parts of the host that need an editor: the authoring session (with its
 * CSRF token on state-changing requests) for browsers, HTTP Basic for tools such as the command line.
 */
public interface EditorAuthentication {
    enum Result { OK, ANONYMOUS, BAD_CSRF, THROTTLED }

    /** @param retryAfterSeconds for {@link Result#THROTTLED}: how long the caller must wait */
    record Check(Result result, String user, long retryAfterSeconds) {
        public Check(Result result, String user) {
            this(result, user, 0);
        }

        public static Check ok(String user) {
            return new Check(Result.OK, user);
        }
    }

    Check check(HttpServletRequest request, boolean changesState);

    default Optional<String> editor(HttpServletRequest request, boolean changesState) {
        Check check = check(request, changesState);
        return check.result() == Result.OK ? Optional.of(check.user()) : Optional.empty();
    }
}
