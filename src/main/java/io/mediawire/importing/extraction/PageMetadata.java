package io.mediawire.importing.extraction;

import io.mediawire.story.AgencyCopy;
import java.time.Instant;

/**
 * Everything about a page except its body (so {@code original.body()} is null), read from JSON-LD,
 * meta tags and the document.
 *
 * @param sourceNameDeclared whether {@code original.sourceName()} is a name the site declares (JSON-LD publisher,
 *                           og:site_name) rather than one found in its title or made from its host
 */
record PageMetadata(
    AgencyCopy original,
    Instant modified,
    String description,
    String jsonLdBody,
    boolean sourceNameDeclared) {
}
