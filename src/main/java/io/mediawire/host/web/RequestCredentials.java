package io.mediawire.host.web;

import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Credentials;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** The servlet side of the {@link Authenticator}: reads a request's {@link Credentials}. */
public final class RequestCredentials {
    private RequestCredentials() {
    }

    public static Credentials of(HttpServletRequest request) {
        String sessionId = cookie(request, Authenticator.SESSION_COOKIE);
        String csrfToken = request.getHeader(Authenticator.CSRF_HEADER);
        if (csrfToken == null && sessionId != null && !isSafe(request.getMethod())) {
            // Read only where a token can count, a session's state-changing request: asking for a
            // parameter makes the container read and parse a form body.
            csrfToken = request.getParameter(Authenticator.CSRF_FIELD);
        }
        return new Credentials(sessionId, request.getHeader("Authorization"), csrfToken, request.getRemoteAddr());
    }

    /** The value of the named cookie, or null. */
    public static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** GET and HEAD change nothing, so they need no CSRF token. */
    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
