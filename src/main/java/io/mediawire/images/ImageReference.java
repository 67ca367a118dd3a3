package io.mediawire.images;

/**
 * One picture a story shows, as the agency published it: its address and what the story says about it.
 *
 * @param url     the absolute http(s) address of the picture at the agency
 * @param lead    whether it is the story's lead image (from JSON-LD, og:image, the feed's enclosure or
 *                media:content) rather than an image of the body
 * @param alt     the alternative text, may be null
 * @param caption the caption (the figure's figcaption, the lead image's caption), may be null
 * @param credit  who the picture is by, when the caption names it ("Photo: …"), may be null
 */
public record ImageReference(String url, boolean lead, String alt, String caption, String credit) {
}
