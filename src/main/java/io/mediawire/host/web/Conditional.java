package io.mediawire.host.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/** RFC 9110 conditional GET: If-None-Match first; If-Modified-Since only when there is none. */
final class Conditional {
    private Conditional() {
    }

    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || weakless(tag).equals(weakless(etag))) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && lastModified.toEpochMilli() / 1000 <= since / 1000;
    }

    /** The tag without a weak prefix or the gzip representation's suffix ({@code "abc--gzip"}, see HttpBodies). */
    private static String weakless(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.endsWith("--gzip\"") ? strong.substring(0, strong.length() - "--gzip\"".length()) + "\"" : strong;
    }
}
