package io.mediawire.importing.feed;

/** The whole body is unusable as a feed: not a feed at all, XML that does not parse, forbidden DTD content, no items list. */
public class FeedException extends Exception {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
