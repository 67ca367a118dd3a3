package io.mediawire.host.web.authoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes the UI's cookies: always HttpOnly and SameSite=Strict, Secure when the request came over HTTPS. */
final class Cookies {
    private Cookies() {
    }

    /** A cookie for the browser session (no Max-Age), or with {@code maxAgeSeconds} when positive. */
    static void set(HttpServletRequest request, HttpServletResponse response, String name, String value, String path,
                    long maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path).append("; HttpOnly; SameSite=Strict");
        if (maxAgeSeconds > 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (request.isSecure()) {
            cookie.append("; Secure");
        }
        response.addHeader("Set-Cookie", cookie.toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, String name, String path) {
        response.addHeader("Set-Cookie", name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
    }
}
