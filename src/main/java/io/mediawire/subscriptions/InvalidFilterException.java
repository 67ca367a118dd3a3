package io.mediawire.subscriptions;

/** A filter expression that cannot be used: a syntax error (with its position) or a pattern refused. */
public class InvalidFilterException extends InvalidSubscriptionException {
    public InvalidFilterException(String message) {
        super("filters: " + message);
    }
}
