package io.mediawire.sources;

/** No source has this id (or name). */
public class SourceNotFoundException extends RuntimeException {
    public SourceNotFoundException(String reference) {
        super("no source " + reference);
    }
}
