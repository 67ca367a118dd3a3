package io.mediawire.host.rendering;

import io.mediawire.templating.TimeMarkers;
import java.time.Instant;

/**
 * A page as the templates produced it, relative times still as markers (see {@link TimeMarkers}).
 *
 * @param status       200, 404 or 500
 * @param html         the page, to be filled in at serve time
 * @param lastModified the newest change of the content it shows
 * @param language     the language its labels and relative times are in
 */
public record RenderedPage(int status, String html, Instant lastModified, String language) {
    public boolean cacheable() {
        return status == 200;
    }
}
