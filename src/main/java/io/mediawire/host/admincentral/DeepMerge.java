package io.mediawire.host.admincentral;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Magnolia's override rule for generated definitions: maps merge key by key, anything else
 * (lists, scalars) in the override replaces the base. Keys keep the base's order; new keys
 * follow in the override's order.
 */
final class DeepMerge {
    private DeepMerge() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            Object existing = result.get(key);
            if (existing instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
                result.put(key, merge((Map<String, Object>) a, (Map<String, Object>) b));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }
}
