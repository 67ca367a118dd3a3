package io.mediawire.host.delivery;

import java.util.Map;

/** What the web layer sends: a status, a JSON body (empty for 204/304) and headers, in order. */
public record DeliveryResponse(int status, String json, Map<String, String> headers) {
    public DeliveryResponse {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
