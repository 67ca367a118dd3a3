package io.mediawire.importing.wire;

import java.net.URI;

/** Web addresses in wire items: ids that may or may not be URLs, and rendition links relative to them. */
public final class WireAddress {
    private WireAddress() {
    }

    /** The item's uri when it is a web address, else a placeholder (relative links then resolve to nothing usable). */
    static URI base(String uri) {
        String web = web(uri);
        return web != null ? URI.create(web) : WireBodies.NO_ADDRESS;
    }

    /** {@code value} when it is an absolute http(s) URL, else null. */
    public static String web(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** {@code href} resolved against {@code base} when that gives a web address, else null. */
    static String absolute(String href, URI base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            String resolved = web(base.resolve(href.strip()).toString());
            return resolved == null || URI.create(resolved).getHost().equals(WireBodies.NO_ADDRESS.getHost()) ? null : resolved;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
