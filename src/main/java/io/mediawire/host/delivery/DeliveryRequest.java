package io.mediawire.host.delivery;

import java.util.Locale;
import java.util.Map;

/**
 * A request to the delivery API, without servlet types.
 *
 * @param method   HTTP method
 * @param restPath decoded path after {@code /.rest/}, e.g. {@code delivery/mediawire/2024/05/03/slug}
 * @param rawQuery the undecoded query string, or null
 * @param headers  request headers by lower-case name
 */
public record DeliveryRequest(String method, String restPath, String rawQuery, Map<String, String> headers) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
