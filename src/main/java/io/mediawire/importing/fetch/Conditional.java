package io.mediawire.importing.fetch;

/**
 * The answer to a conditional fetch: a document with the validators to send next time, or "not modified"
 * (a 304: nothing was read, nothing needs parsing).
 *
 * @param document   the fetched document; null when not modified
 * @param validators what to send with the next fetch of this URL
 */
public record Conditional(FetchedDocument document, Validators validators) {

    static Conditional changed(FetchedDocument document, Validators validators) {
        return new Conditional(java.util.Objects.requireNonNull(document, "document"), validators);
    }

    static Conditional notModified(Validators validators) {
        return new Conditional(null, validators);
    }

    public boolean notModified() {
        return document == null;
    }
}
