package io.mediawire.sources;

/** A source or a change to one that the store refuses; the message names the field and why. */
public class InvalidSourceException extends RuntimeException {
    public InvalidSourceException(String message) {
        super(message);
    }
}
