package io.mediawire.importing.feed;

/**
 * Something wrong with one item that the parser worked around (a dropped item, a dropped date, an unusable link).
 *
 * @param position the item's 1-based position in the feed
 * @param message  for people, starting with "item N"
 */
public record FeedProblem(int position, String message) {
}
