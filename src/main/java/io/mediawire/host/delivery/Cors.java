package io.mediawire.host.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CORS for the endpoint's {@code allowedOrigins}: an allowed origin gets the headers that let a
 * browser read the answer; any other origin gets none, so the browser withholds it.
 */
final class Cors {
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    private static final Set<String> ALLOWED_HEADERS = Set.of("accept", "accept-language", "content-type",
            "if-none-match", "if-modified-since", "cache-control");

    private Cors() {
    }

    static boolean allowed(EndpointDefinition endpoint, String origin) {
        return origin != null && !origin.isBlank()
                && (endpoint.allowedOrigins().contains("*") || endpoint.allowedOrigins().contains(origin));
    }

    /** Headers of an actual (non-preflight) answer. */
    static Map<String, String> simple(EndpointDefinition endpoint, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (allowed(endpoint, origin)) {
            headers.put("Access-Control-Allow-Origin", endpoint.allowedOrigins().contains("*") ? "*" : origin);
            headers.put("Access-Control-Expose-Headers", "ETag, Link");
        }
        return headers;
    }

    /** Headers of a preflight answer; empty when the origin, method or a header is not allowed. */
    static Map<String, String> preflight(EndpointDefinition endpoint, String origin, String method, String requestHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!allowed(endpoint, origin) || method == null || !List.of("GET", "HEAD").contains(method.strip())) {
            return headers;
        }
        if (requestHeaders != null && !requestHeaders.isBlank()) {
            for (String header : requestHeaders.split(",")) {
                if (!ALLOWED_HEADERS.contains(header.strip().toLowerCase(Locale.ROOT))) {
                    return headers;
                }
            }
        }
        headers.put("Access-Control-Allow-Origin", endpoint.allowedOrigins().contains("*") ? "*" : origin);
        headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        if (requestHeaders != null && !requestHeaders.isBlank()) {
            headers.put("Access-Control-Allow-Headers", requestHeaders.strip());
        }
        headers.put("Access-Control-Max-Age", "600");
        return headers;
    }
}
