package io.mediawire.host.rendering;

import io.mediawire.templating.TimeMarkers;
import java.time.Instant;
import java.util.Set;

/**
 * A page as the templates produced it, relative times still as markers (see {@link TimeMarkers}).
 *
 * @param status       200, 404 or 500
 * @param html         the page, to be filled in at serve time
 * @param lastModified the newest change of the content it shows
 * @param language     the language its labels and relative times are in
 * @param imageOrigins origins besides the site the page loads pictures from (a source's linked pictures)
 */
public record RenderedPage(int status, String html, Instant lastModified, String language, Set<String> imageOrigins) {
    public RenderedPage {
        imageOrigins = imageOrigins == null ? Set.of() : Set.copyOf(imageOrigins);
    }

    /** A page that loads pictures from the site only. */
    public RenderedPage(int status, String html, Instant lastModified, String language) {
        this(status, html, lastModified, language, Set.of());
    }

    public boolean cacheable() {
        return status == 200;
    }
}
