package io.mediawire.host.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code WWW-Authenticate} rule of every editors' API, in one place: the Basic challenge goes
 * only to a request that itself sent Basic credentials (a script whose password was wrong).
 *
 * <p>A browser that gets the challenge asks for a password and then sends it with every later
 * request to this host on its own, cross-site requests included; Basic callers skip the CSRF
 * check (see {@link io.mediawire.host.security.Authenticator#mayChangeState}), so that would open
 * the APIs to cross-site requests. Browsers never send Basic unprompted, so without the challenge
 * they stay on the session cookie and its CSRF token.
 */
public final class BasicChallenge {
    static final String CHALLENGE = "Basic realm=\"Media Wire\", charset=\"UTF-8\"";

    private BasicChallenge() {
    }

    /** Call with a 401: adds the challenge when, and only when, the request came with Basic credentials. */
    public static void offer(HttpServletRequest request, HttpServletResponse response) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
    }
}
