package io.mediawire.subscriptions;

/** A run was asked for while one of the same subscription is under way. */
public class RunInProgressException extends RuntimeException {
    public RunInProgressException(String id) {
        super("subscription " + id + " is being polled right now; its run will be in the log when it ends");
    }
}
