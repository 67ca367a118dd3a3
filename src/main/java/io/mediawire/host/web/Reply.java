package io.mediawire.host.web;

import io.mediawire.host.cache.Dependency;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a read-only resource answers to GET (HEAD gets the same without the body): status, headers,
 * body, the validators a client may revalidate with, and whether the answer may be kept for the
 * next request and on what it depends. {@link ReadyAnswers} sends it.
 */
final class Reply {
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String etag;
    private Instant lastModified;
    private boolean compressible;
    private Dependency keptUntilChangeOf;
    private Instant keptFrom = Instant.MIN;
    private Instant keptUntil = Instant.MAX;

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

    /** Gzip the body when it is large enough and the client accepts it (prepared once, see {@link ReadyAnswer}). */
    Reply compressible() {
        this.compressible = true;
        return this;
    }

    /**
     * The same request may get this very answer until {@code dependency} changes. Only for what
     * the public may see: an answer for one person (a draft, a session) is never kept.
     */
    Reply keep(Dependency dependency) {
        this.keptUntilChangeOf = dependency;
        return this;
    }

    /** As {@link #keep(Dependency)}, and only from {@code from} (inclusive) to {@code until} (exclusive). */
    Reply keep(Dependency dependency, Instant from, Instant until) {
        this.keptFrom = from;
        this.keptUntil = until;
        return keep(dependency);
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

    /** What a kept answer depends on, or null when it must not be kept. */
    Dependency dependency() {
        return keptUntilChangeOf;
    }

    Instant keptFrom() {
        return keptFrom;
    }

    Instant keptUntil() {
        return keptUntil;
    }
}
