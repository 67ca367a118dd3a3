package io.mediawire.subscriptions;

import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;
import java.util.Locale;

/**
 * The definition behind {@code $type: mediaWireSubscriptionAction} in {@code apps/mediaWireFeeds.yaml}:
 * the common action keys plus {@code operation}, what the action does to the selected subscription
 * ({@code run}: poll it now; {@code pause}; {@code resume}). The work is {@link MediaWireSubscriptionAction}'s.
 */
@ActionType("mediaWireSubscriptionAction")
public class MediaWireSubscriptionActionDefinition extends ConfiguredActionDefinition {
    /** What the action does. */
    public enum Operation { RUN, PAUSE, RESUME }

    private Operation operation = Operation.RUN;

    public MediaWireSubscriptionActionDefinition() {
        setImplementationClass(MediaWireSubscriptionAction.class);
    }

    public String getOperation() {
        return operation.name().toLowerCase(Locale.ROOT);
    }

    /** {@code run}, {@code pause} or {@code resume}. */
    public void setOperation(String operation) {
        try {
            this.operation = Operation.valueOf(operation.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("operation must be run, pause or resume, not '" + operation + "'");
        }
    }

    public Operation operation() {
        return operation;
    }
}
