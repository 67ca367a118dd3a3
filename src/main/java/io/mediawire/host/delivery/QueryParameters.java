package io.mediawire.host.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a raw query string ourselves, so a malformed one gets the API's own 400 answer
 * instead of the servlet container's, and parameter order is kept for the paging links.
 */
public final class QueryParameters {
    static final int MAX_LENGTH = 8192;

    private QueryParameters() {
    }

    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        if (rawQuery.length() > MAX_LENGTH) {
            throw new InvalidQueryException(InvalidQueryException.BAD_REQUEST,
                    "the query string is longer than " + MAX_LENGTH + " characters");
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(InvalidQueryException.BAD_REQUEST,
                    "the query string is not well URL-encoded near '" + Json.printable(text) + "'");
        }
    }
}
