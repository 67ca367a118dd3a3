package io.mediawire.images;

import java.util.Set;

/**
 * A story's pictures as its page shows them.
 *
 * @param lead          the lead image, or null: none, or not available
 * @param leadInBody    whether the body starts with the lead image (same address or same bytes), so the
 *                      template does not show it again above the body
 * @param body          the stored body with each picture pointing at its local copy (or linked, or left out)
 * @param imageOrigins  the origins of linked pictures ({@code https://host}), which the page's
 *                      Content-Security-Policy must allow; empty when every picture is local
 */
public record ShownStory(ShownImage lead, boolean leadInBody, String body, Set<String> imageOrigins) {
}
