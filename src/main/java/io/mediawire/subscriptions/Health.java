package io.mediawire.subscriptions;

/**
 * How a subscription is doing: {@code failing} after several runs in a row failed, {@code quiet}
 * when no new item came for longer than its threshold, else {@code healthy}.
 */
public enum Health {
    HEALTHY("healthy"), FAILING("failing"), QUIET("quiet");

    private final String value;

    Health(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Health parse(String text) {
        for (Health health : values()) {
            if (health.value.equals(text)) {
                return health;
            }
        }
        return HEALTHY;
    }
}
