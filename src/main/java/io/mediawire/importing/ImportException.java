package io.mediawire.importing;

/** An import request that cannot start; the message says what to fix. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }
}
