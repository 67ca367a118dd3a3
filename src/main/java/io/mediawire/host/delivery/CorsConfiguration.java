package io.mediawire.host.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One entry of a Magnolia CORS configuration (the properties of {@code SelfConfiguredCorsFilter} and of
 * a site's {@code cors} entries): the URIs it covers ({@code uris/<name>/patternString}, {@code *}
 * standing for any characters and {@code ?} for one, as in Magnolia's URL patterns), and the origins,
 * methods and request headers it allows ({@code '*'} allows any).
 */
public record CorsConfiguration(String name, List<Pattern> uris, List<String> allowedOrigins,
                                List<String> allowedMethods, List<String> allowedHeaders) {

    public CorsConfiguration {
        uris = List.copyOf(uris);
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedMethods = List.copyOf(allowedMethods);
        allowedHeaders = List.copyOf(allowedHeaders);
    }

    /** Reads one named entry; {@code where} names the file in error messages. */
    static CorsConfiguration read(String name, Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + "cors/" + name + " must be a map");
        }
        List<Pattern> uris = new ArrayList<>();
        if (map.get("uris") instanceof Map<?, ?> patterns) {
            for (Map.Entry<?, ?> uri : patterns.entrySet()) {
                if (!(uri.getValue() instanceof Map<?, ?> u) || !(u.get("patternString") instanceof String pattern)) {
                    throw new IllegalArgumentException(where + "cors/" + name + "/uris/" + uri.getKey() + " needs a patternString");
                }
                uris.add(urlPattern(pattern.strip()));
            }
        }
        if (uris.isEmpty()) {
            throw new IllegalArgumentException(where + "cors/" + name + " needs uris with at least one patternString");
        }
        return new CorsConfiguration(name, uris, texts(map.get("allowedOrigins"), where + "cors/" + name + "/allowedOrigins"),
                texts(map.get("allowedMethods"), where + "cors/" + name + "/allowedMethods"),
                texts(map.get("allowedHeaders"), where + "cors/" + name + "/allowedHeaders"));
    }

    public boolean covers(String uri) {
        return uris.stream().anyMatch(p -> p.matcher(uri).matches());
    }

    public boolean allowsOrigin(String origin) {
        return origin != null && !origin.isBlank() && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
    }

    public boolean allowsMethod(String method) {
        return method != null && allowedMethods.stream().anyMatch(m -> m.equals("*") || m.equalsIgnoreCase(method.strip()));
    }

    public boolean allowsHeader(String header) {
        return allowedHeaders.stream().anyMatch(h -> h.equals("*") || h.equalsIgnoreCase(header.strip()));
    }

    /** The value of Access-Control-Allow-Origin for an allowed origin. */
    public String allowOriginValue(String origin) {
        return allowedOrigins.contains("*") ? "*" : origin;
    }

    private static Pattern urlPattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static List<String> texts(Object value, String key) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return list.stream().map(v -> String.valueOf(v).strip()).toList();
    }
}
