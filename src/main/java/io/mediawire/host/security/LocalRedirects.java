package io.mediawire.host.security;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the login page may send a user afterwards: only a path on this host, so a link such as
 * {@code login?next=https://evil.example/} or {@code next=//evil.example} cannot bounce a fresh
 * session to another site.
 */
public final class LocalRedirects {
    private LocalRedirects() {
    }

    /** {@code next} when it is a local path, {@code fallback} otherwise. */
    public static String safe(String next, String fallback) {
        return isLocalPath(next) ? next : fallback;
    }

    public static boolean isLocalPath(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || next.charAt(0) != '/') {
            return false;
        }
        if (next.startsWith("//") || next.indexOf('\\') >= 0) {
            return false; // scheme-relative; browsers also read "/\" as "//"
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return false; // CR/LF (header splitting), tabs and spaces browsers strip
            }
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
