package io.mediawire.host.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * An answer made once and sent as it is, as often as asked: the body, its gzip variant (prepared
 * here, once), and the header lines of each variant, for a 200 and for a 304, already encoded. What
 * a request still decides is only which of these it gets ({@link #choose}): gzip or not by
 * Accept-Encoding, 304 or not by its validators. The same instance serves the first request, which
 * made it, and every later one from {@link ReadyAnswers}.
 */
final class ReadyAnswer {
    private static final String GZIP_SUFFIX = "--gzip";

    private final int status;
    private final Variant identity;
    private final Variant gzip;
    private final Instant lastModified;
    private final int weight;

    /** One representation: its bytes and entity tag, with the header lines of a 200 and of a 304. */
    private record Variant(byte[] body, String etag, List<HttpField> full, List<HttpField> notModified) {
    }

    /** What one request gets: a status, header lines and a body (null for a 304). */
    record Chosen(int status, List<HttpField> fields, byte[] body) {
    }

    private ReadyAnswer(int status, Variant identity, Variant gzip, Instant lastModified) {
        this.status = status;
        this.identity = identity;
        this.gzip = gzip;
        this.lastModified = lastModified;
        this.weight = identity.body().length + (gzip == null ? 0 : gzip.body().length) + 64 * identity.full().size();
    }

    /**
     * The answer to {@code reply}, made at {@code now}. A Last-Modified in the second of {@code now}
     * is left out: a change later in that same second would carry the same date, and a client
     * revalidating by date alone would keep the older answer. The entity tag is sent either way.
     */
    static ReadyAnswer of(Reply reply, Instant now) {
        Instant modified = reply.lastModified();
        if (modified != null && inSecondOf(modified, now)) {
            modified = null;
        }
        byte[] body = reply.body();
        boolean zipped = reply.isCompressible() && body.length >= HttpBodies.GZIP_MIN_BYTES;
        boolean vary = reply.isCompressible() && reply.headers().keySet().stream().noneMatch("Vary"::equalsIgnoreCase);
        List<HttpField> common = new ArrayList<>();
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            common.add(new PreEncodedHttpField(header.getKey(), header.getValue()));
        }
        if (vary) {
            common.add(new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding"));
        }
        if (modified != null) {
            common.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(modified.toEpochMilli())));
        }
        Variant identity = variant(reply, body, reply.etag(), null, common);
        Variant gzip = null;
        if (zipped) {
            String etag = reply.etag() == null ? null : withSuffix(reply.etag());
            gzip = variant(reply, HttpBodies.gzip(body), etag, "gzip", common);
        }
        return new ReadyAnswer(reply.status(), identity, gzip, modified);
    }

    private static Variant variant(Reply reply, byte[] body, String etag, String encoding, List<HttpField> common) {
        List<HttpField> notModified = new ArrayList<>(common);
        if (etag != null) {
            notModified.add(new PreEncodedHttpField(HttpHeader.ETAG, etag));
        }
        List<HttpField> full = new ArrayList<>(notModified);
        if (reply.contentType() != null) {
            full.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, reply.contentType()));
        }
        if (encoding != null) {
            full.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, encoding));
        }
        if (reply.status() != 204) {
            full.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, body.length));
        }
        return new Variant(body, etag, List.copyOf(full), List.copyOf(notModified));
    }

    /** Whether {@code modified} falls in the second of {@code now} (or later): then it is not sent. */
    static boolean inSecondOf(Instant modified, Instant now) {
        return !modified.truncatedTo(ChronoUnit.SECONDS).isBefore(now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code "abc"} becomes {@code "abc--gzip"}: another representation needs another strong validator. */
    private static String withSuffix(String etag) {
        return etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + GZIP_SUFFIX + "\"" : etag;
    }

    /**
     * The variant and status for a request with these headers (each null when absent): gzip when
     * there is a gzip variant and the client accepts it; 304 when a 200's validators match.
     */
    Chosen choose(String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
        Variant variant = gzip != null && HttpBodies.acceptsGzip(acceptEncoding) ? gzip : identity;
        if (status == 200 && variant.etag() != null
                && Conditional.notModified(ifNoneMatch, ifModifiedSince, variant.etag(), lastModified)) {
            return new Chosen(304, variant.notModified(), null);
        }
        return new Chosen(status, variant.full(), variant.body());
    }

    int status() {
        return status;
    }

    /** The bytes this answer holds in memory, roughly: both bodies and the header lines. */
    int weight() {
        return weight;
    }

    /** The body as sent without gzip: for tests that look for what must never be kept. */
    byte[] body() {
        return identity.body();
    }

    /** Whether {@code fields[index]} is the first line of its header name: that one replaces, later ones add. */
    static boolean firstOfItsName(List<HttpField> fields, int index) {
        String name = fields.get(index).getName();
        for (int i = 0; i < index; i++) {
            if (fields.get(i).getName().equalsIgnoreCase(name)) {
                return false;
            }
        }
        return true;
    }
}
