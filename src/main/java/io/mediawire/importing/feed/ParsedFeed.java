package io.mediawire.importing.feed;

import java.util.List;

/**
 * A feed as read: the usable entries in feed order, plus one problem line for each item that was dropped or trimmed.
 *
 * @param title   the feed's title as plain text, or null
 * @param siteUrl the absolute URL of the site the feed belongs to, or null
 */
public record ParsedFeed(FeedFormat format, String title, String siteUrl, List<FeedEntry> entries, List<FeedProblem> problems) {
    public ParsedFeed {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
