package io.mediawire.importing;

import java.util.List;

/**
 * What a subscription's filters read of a feed item, once its story is known: the headline, the
 * story's text (plain, from the feed's full text or from the fetched page), the byline and the
 * feed's categories. Any of the strings may be empty, never null.
 */
public record ItemText(String title, String body, String author, List<String> categories) {
    public ItemText {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        author = author == null ? "" : author;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
