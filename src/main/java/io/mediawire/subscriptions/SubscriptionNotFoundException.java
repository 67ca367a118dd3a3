package io.mediawire.subscriptions;

/** No subscription has this id. */
public class SubscriptionNotFoundException extends RuntimeException {
    public SubscriptionNotFoundException(String id) {
        super("no subscription " + id);
    }
}
