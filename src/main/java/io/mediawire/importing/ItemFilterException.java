package io.mediawire.importing;

/** A filter that could not decide about an item; the message says why, for the run log. */
public class ItemFilterException extends RuntimeException {
    public ItemFilterException(String message) {
        super(message);
    }
}
