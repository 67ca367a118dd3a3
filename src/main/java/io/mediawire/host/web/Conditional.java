package io.mediawire.host.web;

import java.time.Instant;
import org.eclipse.jetty.http.DateParser;

/** RFC 9110 conditional GET: If-None-Match first; If-Modified-Since only when there is none. */
final class Conditional {
    private Conditional() {
    }

    /**
     * @param ifNoneMatch     the request's If-None-Match, every field line joined by commas, or null
     * @param ifModifiedSince the request's If-Modified-Since, or null
     * @param etag            the answer's entity tag, quoted
     * @param lastModified    the answer's Last-Modified, or null when it sends none
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || weakless(tag).equals(weakless(etag))) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified == null || ifModifiedSince == null) {
            return false;
        }
        long since = DateParser.parseDate(ifModifiedSince);
        return since >= 0 && lastModified.toEpochMilli() / 1000 <= since / 1000;
    }

    /** The tag without a weak prefix or the gzip representation's suffix ({@code "abc--gzip"}, see {@link ReadyAnswer}). */
    private static String weakless(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.endsWith("--gzip\"") ? strong.substring(0, strong.length() - "--gzip\"".length()) + "\"" : strong;
    }
}
