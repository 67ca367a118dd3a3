package io.mediawire.subscriptions;

import io.mediawire.importing.identity.UrlNormalizer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Fields of a subscription as an API call or a form sends them; null means not sent (on create: the
 * default, on update: unchanged). The checks that need no repository are here.
 *
 * @param filters an expression in the filter language ({@link FilterParser}); blank for every item
 */
public record SubscriptionFields(String source, String url, String interval, String publish, String filters,
                                 Boolean enabled, String quietAfter) {
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    public static final Duration MAX_INTERVAL = Duration.ofDays(7);
    public static final Set<String> NAMES = Set.of("source", "url", "interval", "publish", "filters", "enabled",
            "quietAfter");
    /** Fields a client may echo back from a read; they are the scheduler's, never changed through an update. */
    private static final Set<String> READ_ONLY = Set.of("id", "sourceName", "created", "createdBy", "etag",
            "lastModified", "lastRun", "nextRun", "health", "consecutiveFailures", "lastError", "lastNewItem",
            "quietThreshold");

    public static SubscriptionFields of(Map<String, ?> fields) {
        for (String key : fields.keySet()) {
            if (!NAMES.contains(key) && !READ_ONLY.contains(key)) {
                throw new InvalidSubscriptionException("unknown field '" + key + "' (a subscription has "
                        + String.join(", ", NAMES.stream().sorted().toList()) + ")");
            }
        }
        Object enabled = fields.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            enabled = switch (enabled.toString().strip()) {
                case "true", "on" -> true;
                case "false", "" -> false;
                default -> throw new InvalidSubscriptionException("enabled must be true or false, not '" + enabled + "'");
            };
        }
        return new SubscriptionFields(text(fields, "source"), text(fields, "url"), text(fields, "interval"),
                text(fields, "publish"), filters(fields.get("filters")), (Boolean) enabled, text(fields, "quietAfter"));
    }

    /** The filter language as text, or an include/exclude pair ({@code {"include": ..., "exclude": ...}}). */
    private static String filters(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Map<?, ?> pair) {
            for (Object key : pair.keySet()) {
                if (!"include".equals(key) && !"exclude".equals(key)) {
                    throw new InvalidSubscriptionException("filters: give a filter expression, or \"include\" and "
                            + "\"exclude\" expressions, not '" + key + "'");
                }
            }
            return FeedFilter.combine(stringOrNull(pair.get("include")), stringOrNull(pair.get("exclude")));
        }
        throw new InvalidSubscriptionException("filters must be a filter expression");
    }

    private static String stringOrNull(Object value) {
        if (value != null && !(value instanceof String)) {
            throw new InvalidSubscriptionException("filters: include and exclude must be expressions");
        }
        return (String) value;
    }

    private static String text(Map<String, ?> fields, String key) {
        Object value = fields.get(key);
        if (value != null && !(value instanceof String)) {
            throw new InvalidSubscriptionException(key + " must be text");
        }
        return (String) value;
    }

    /** The feed's address, normalized, or a message saying what is wrong with it. */
    static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidSubscriptionException("url is required: the address of the feed (RSS, RDF, Atom or JSON Feed)");
        }
        try {
            return UrlNormalizer.normalize(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidSubscriptionException("url is not a usable feed address: " + e.getMessage());
        }
    }

    static Duration checkedInterval(String text) {
        Duration interval = duration("interval", text);
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new InvalidSubscriptionException("interval must be at least 1 minute (PT1M), not " + text.strip());
        }
        if (interval.compareTo(MAX_INTERVAL) > 0) {
            throw new InvalidSubscriptionException("interval must be at most 7 days (P7D), not " + text.strip());
        }
        return interval;
    }

    /** Null (learn it) for blank. */
    static Duration checkedQuietAfter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration quiet = duration("quietAfter", text);
        if (quiet.compareTo(MIN_INTERVAL) < 0) {
            throw new InvalidSubscriptionException("quietAfter must be at least 1 minute (PT1M), not " + text.strip());
        }
        return quiet;
    }

    private static Duration duration(String field, String text) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidSubscriptionException(field + " must be an ISO-8601 duration such as PT5M or PT1H, not '"
                    + text + "'");
        }
    }
}
