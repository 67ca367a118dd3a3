package io.mediawire.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields of a source as an API call or a form sends them; a null field is not sent (on create: its
 * default, on update: unchanged). {@link #of(Map)} reads a field map and refuses names it does not know.
 */
public record SourceFields(String name, List<String> hosts, String homepage, String usageTerms, String attribution,
                           String headlinePolicy, Boolean copyImages, Boolean linkImages,
                           Boolean autoAcceptUpdates,
                           Boolean unpublishOnWithdrawal) {
    public static final Set<String> NAMES = Set.of("name", "hosts", "homepage", "usageTerms", "attribution",
            "headlinePolicy", "copyImages", "linkImages", "autoAcceptUpdates", "unpublishOnWithdrawal");
    /** Fields a client may echo back from a read, never changed through them. */
    private static final Set<String> READ_ONLY = Set.of("id", "nodeName", "created", "createdBy", "lastModified",
            "lastModifiedBy", "subscriptions");

    public static SourceFields named(String name, List<String> hosts) {
        return new SourceFields(name, hosts, null, null, null, null, null, null, null, null);
    }

    public SourceFields withHeadlinePolicy(String policy) {
        return new SourceFields(name, hosts, homepage, usageTerms, attribution, policy, copyImages, linkImages,
                autoAcceptUpdates,
                unpublishOnWithdrawal);
    }

    /**
     * Fields from JSON (strings, booleans, a list of hosts) or a form (strings; hosts may be one string with
     * commas or new lines between them).
     */
    public static SourceFields of(Map<String, ?> fields) {
        for (String key : fields.keySet()) {
            if (!NAMES.contains(key) && !READ_ONLY.contains(key)) {
                throw new InvalidSourceException("unknown field '" + key + "' (a source has " + String.join(", ",
                        NAMES.stream().sorted().toList()) + ")");
            }
        }
        return new SourceFields(text(fields, "name"), hosts(fields.get("hosts")), text(fields, "homepage"),
                text(fields, "usageTerms"), text(fields, "attribution"), text(fields, "headlinePolicy"),
                flag(fields, "copyImages"), flag(fields, "linkImages"), flag(fields, "autoAcceptUpdates"), flag(fields, "unpublishOnWithdrawal"));
    }

    private static String text(Map<String, ?> fields, String key) {
        Object value = fields.get(key);
        if (value != null && !(value instanceof String) && !(value instanceof Number)) {
            throw new InvalidSourceException(key + " must be text");
        }
        return value == null ? null : value.toString();
    }

    private static Boolean flag(Map<String, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().strip();
        if (text.equals("true") || text.equals("on")) {
            return true;
        }
        if (text.equals("false") || text.isEmpty()) {
            return false;
        }
        throw new InvalidSourceException(key + " must be true or false, not '" + text + "'");
    }

    private static List<String> hosts(Object value) {
        if (value == null) {
            return null;
        }
        List<String> hosts = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw new InvalidSourceException("hosts must be a list of host names");
                }
                hosts.add(text);
            }
        } else if (value instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    hosts.add(part);
                }
            }
        } else {
            throw new InvalidSourceException("hosts must be a list of host names");
        }
        return hosts;
    }
}
