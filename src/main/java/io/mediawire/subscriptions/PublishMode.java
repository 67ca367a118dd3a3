package io.mediawire.subscriptions;

/** What a subscription does with the stories it brings: keep them drafts, or publish them at once. */
public enum PublishMode {
    DRAFT("draft"), PUBLISH("publish");

    private final String value;

    PublishMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static PublishMode parse(String text) {
        for (PublishMode mode : values()) {
            if (mode.value.equals(text == null ? null : text.strip())) {
                return mode;
            }
        }
        throw new InvalidSubscriptionException("publish must be draft or publish, not '" + text + "'");
    }
}
