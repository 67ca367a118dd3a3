package io.mediawire.importing.extraction;

import io.mediawire.story.AgencyCopy;
import java.time.Instant;

/**
 * Everything about a page except its body (so {@code original.body()} is null), read from JSON-LD,
 * meta tags and the document.
 */
record PageMetadata(
    AgencyCopy original,
    Instant modified,
    String description,
    String jsonLdBody) {
}
