package io.mediawire.importing.fetch;

import java.io.IOException;

/**
 * A fetch that did not produce a document. The message is a sentence a newsroom editor can act on; it names the
 * address concerned and never quotes the response body (which is untrusted and may be huge).
 */
public class FetchException extends IOException {

    public enum Reason {
        BAD_URL, BLOCKED_ADDRESS, HTTP_STATUS, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, UNSUPPORTED_CONTENT_TYPE,
        ROBOTS_DISALLOWED, RATE_LIMITED, NETWORK
    }

    private final Reason reason;
    private final java.time.Duration retryAfter;
    private final int status;

    public FetchException(Reason reason, String message) {
        this(reason, message, (Throwable) null);
    }

    public FetchException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        this.retryAfter = null;
        this.status = 0;
    }

    /** The server answered with this status and nothing usable ({@link Reason#HTTP_STATUS}). */
    public FetchException(int status, String message) {
        super(message);
        this.reason = Reason.HTTP_STATUS;
        this.retryAfter = null;
        this.status = status;
    }

    /** A refusal that says when to ask again (a {@code Retry-After} the fetch did not wait out). */
    public FetchException(Reason reason, String message, java.time.Duration retryAfter) {
        super(message);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        this.retryAfter = retryAfter;
        this.status = 0;
    }

    /** The HTTP status of the final answer when the refusal is one ({@code 404}, {@code 410}...), else 0. */
    public int status() {
        return status;
    }

    public Reason reason() {
        return reason;
    }

    /** The server's {@code Retry-After}, when it sent one and the fetch gave up rather than wait. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    /** The editor-facing sentence, e.g. "HTTP 404 Not Found from https://example.com/story". */
    @Override
    public String getMessage() {
        return super.getMessage();
    }
}
