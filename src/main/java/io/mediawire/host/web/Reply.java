package io.mediawire.host.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a read-only resource answers to GET (HEAD gets the same without the body): status, headers,
 * body, and the validators a client may revalidate with. {@link ReadOnlyServlet} sends it.
 */
final class Reply {
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String etag;
    private Instant lastModified;
    private boolean compressible;

    private Reply(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body);
    }

    static Reply text(int status, String text) {
        return of(status, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A redirect: no body, no content type. */
    static Reply redirect(int status, String location) {
        return of(status, null, new byte[0]).header("Location", location);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * The body's validators, sent as ETag and Last-Modified and compared with the request's
     * conditional headers; {@code lastModified} may be null.
     */
    Reply validators(String entityTag, Instant modified) {
        this.etag = entityTag;
        this.lastModified = modified;
        return this;
    }

    /** Gzip the body when it is large enough and the client accepts it (see {@link HttpBodies}). */
    Reply compressible() {
        this.compressible = true;
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }

    boolean isCompressible() {
        return compressible;
    }
}
