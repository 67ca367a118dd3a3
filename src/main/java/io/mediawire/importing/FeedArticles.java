package io.mediawire.importing;

import io.mediawire.importing.extraction.BodySanitizer;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.extraction.PlainText;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.story.AgencyCopy;
import java.net.URI;

/** A full-text feed item read as an article: the feed's content, through the same sanitizer as pages. */
final class FeedArticles {
    private FeedArticles() {
    }

    static ExtractedArticle fromEntry(FeedEntry entry, String feedTitle) {
        URI link = URI.create(entry.link());
        String body = BodySanitizer.sanitize(entry.contentHtml(), link);
        AgencyCopy original = AgencyCopy.builder().headline(entry.title()).body(body).sourceName(feedTitle)
                .url(entry.link()).author(entry.author()).published(entry.published()).leadImage(entry.imageUrl())
                .language(entry.language()).build();
        return new ExtractedArticle(original, PlainText.of(body), entry.updated(), null, "feed", feedTitle != null);
    }
}
