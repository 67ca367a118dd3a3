package io.mediawire.importing.feed;

/**
 * Something wrong with one item that the parser worked around (a dropped item, a dropped date, an unusable link).
 * When the item still became a {@link FeedEntry} (same position), the problem is a warning about one of its values;
 * otherwise the item was dropped and this is why.
 *
 * @param position the item's 1-based position in the feed
 * @param message  for people, starting with "item N"
 */
public record FeedProblem(int position, String message) {

    /** The message without its "item N: " lead, for a result that already names the item. */
    public String detail() {
        String lead = "item " + position + ": ";
        return message.startsWith(lead) ? message.substring(lead.length()) : message;
    }
}
