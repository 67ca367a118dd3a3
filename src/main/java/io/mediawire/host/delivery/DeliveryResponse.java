package io.mediawire.host.delivery;

import io.mediawire.host.cache.Dependency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the web layer sends: a status, a JSON body (empty for 204) and headers, in order.
 *
 * @param dependsOn for an answer anyone may be given again until this changes, what it was made
 *                  from; null for answers that are not to be kept (errors, preflights)
 */
public record DeliveryResponse(int status, String json, Map<String, String> headers, Dependency dependsOn) {
    public DeliveryResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public DeliveryResponse(int status, String json, Map<String, String> headers) {
        this(status, json, headers, null);
    }
}
