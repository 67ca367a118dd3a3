package io.mediawire.magnolia;

import java.util.Locale;

/**
 * What the current request is about, the part of Magnolia's {@code info.magnolia.cms.core.AggregationState}
 * models use: the URI the visitor asked for, the URI being rendered after virtual URI mappings,
 * and the locale the page is rendered in.
 */
public interface AggregationState {
    /** The path the visitor asked for, decoded, without the context path: {@code /media-wire/2025/03/12/slug}. */
    String getOriginalURI();

    /** The visitor's full URL: {@code https://news.example/media-wire/2025/03/12/slug}. */
    String getOriginalURL();

    /** The path being rendered, after a {@code forward:} mapping: {@code /media-wire/article}. */
    String getCurrentURI();

    /** The locale labels and dates are rendered in; null until someone sets it. */
    Locale getLocale();

    void setLocale(Locale locale);

    /** True when an editor previews content the public cannot see yet. */
    boolean isPreviewMode();
}
