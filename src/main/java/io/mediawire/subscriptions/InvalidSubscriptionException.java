package io.mediawire.subscriptions;

/** A subscription or a change to one that is refused; the message names the field and why. */
public class InvalidSubscriptionException extends RuntimeException {
    public InvalidSubscriptionException(String message) {
        super(message);
    }
}
