package io.mediawire.importing;

import io.mediawire.importing.extraction.BodySanitizer;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.extraction.PlainText;
import io.mediawire.importing.feed.FeedEntry;
import java.net.URI;

/** A full-text feed item read as an article: the feed's content, through the same sanitizer as pages. */
final class FeedArticles {
    private FeedArticles() {
    }

    static ExtractedArticle fromEntry(FeedEntry entry, String feedTitle) {
        URI link = URI.create(entry.link());
        String body = BodySanitizer.sanitize(entry.contentHtml(), link);
        return new ExtractedArticle(entry.title(), body, PlainText.of(body), entry.author(), entry.published(),
                entry.updated(), feedTitle, entry.link(), entry.imageUrl(), null, entry.language(), null, "feed");
    }
}
