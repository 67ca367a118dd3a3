package io.mediawire.importing.fetch;

/**
 * What a server said identifies the version it sent ({@code ETag}, {@code Last-Modified}), sent back as
 * {@code If-None-Match} and {@code If-Modified-Since} so that an unchanged feed costs a 304 and no body
 * (RFC 9110 section 13). Either may be null.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public Validators {
        etag = headerValue(etag);
        lastModified = headerValue(lastModified);
    }

    public boolean any() {
        return etag != null || lastModified != null;
    }

    /** After a 304: a server may send fresh validators with it (RFC 9110 15.4.5); keep ours where it sends none. */
    Validators updatedBy(String newEtag, String newLastModified) {
        return new Validators(newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified);
    }

    /** Header text as a server may send it back: one line, bounded, else dropped. */
    private static String headerValue(String value) {
        if (value == null || value.isBlank() || value.length() > 1024
                || value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            return null;
        }
        return value.strip();
    }
}
