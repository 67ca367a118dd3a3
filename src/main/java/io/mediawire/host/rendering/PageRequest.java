package io.mediawire.host.rendering;

/**
 * A request for a page of the public site.
 *
 * @param path    the part after {@code /media-wire}, decoded: "/" for the section, "/2025/03/12/slug" for a story
 * @param page    the raw {@code page} parameter, or null
 * @param baseUrl scheme, host and port the visitor used, for absolute links when the site has no configured URL
 */
public record PageRequest(String path, String page, String baseUrl) {
    /** Identifies the rendered page in the cache. */
    String cacheKey() {
        return baseUrl + "|" + path + (page == null ? "" : "?page=" + page); // "?page=" (empty) is not "no page"
    }
}
