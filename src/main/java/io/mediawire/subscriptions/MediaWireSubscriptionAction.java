package io.mediawire.subscriptions;

import java.util.Optional;

/**
 * A subscription action of the Feeds app (run now, pause, resume), built from its
 * {@link MediaWireSubscriptionActionDefinition} with the module's subscription service, as Magnolia
 * builds an action from its definition and injected components.
 */
public final class MediaWireSubscriptionAction {
    private final MediaWireSubscriptionActionDefinition definition;
    private final SubscriptionService subscriptions;

    public MediaWireSubscriptionAction(MediaWireSubscriptionActionDefinition definition,
                                       SubscriptionService subscriptions) {
        this.definition = definition;
        this.subscriptions = subscriptions;
    }

    /** Whether it applies to the subscription as it is: pause a running one, resume a paused one; run any. */
    public boolean isAvailableFor(Subscription subscription) {
        return switch (definition.operation()) {
            case RUN -> true;
            case PAUSE -> subscription.enabled();
            case RESUME -> !subscription.enabled();
        };
    }

    /**
     * Does it; a run's log entry comes back, nothing for pause and resume.
     *
     * @throws RunInProgressException when a run of it is under way
     */
    public Optional<RunRecord> execute(String subscriptionId) {
        return switch (definition.operation()) {
            case RUN -> Optional.of(subscriptions.runNow(subscriptionId));
            case PAUSE -> {
                subscriptions.pause(subscriptionId);
                yield Optional.empty();
            }
            case RESUME -> {
                subscriptions.resume(subscriptionId);
                yield Optional.empty();
            }
        };
    }
}
