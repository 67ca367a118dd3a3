package io.mediawire.importing.extraction;

import java.time.Instant;

/** Everything about a page except its body, read from JSON-LD, meta tags and the document. */
record PageMetadata(
    String headline,
    String author,
    Instant published,
    Instant modified,
    String sourceName,
    String canonicalUrl,
    String leadImage,
    String leadImageCaption,
    String language,
    String description,
    String jsonLdBody) {
}
