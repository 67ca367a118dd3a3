package io.mediawire.importing;

import io.mediawire.importing.extraction.ArticleExtractor;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.extraction.PageBudget;
import io.mediawire.importing.extraction.PageTooComplexException;
import io.mediawire.importing.extraction.TitleText;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.FetchedDocument;
import io.mediawire.importing.fetch.PageFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads a story again as its source has it now, the way an import reads it, without storing anything: a
 * changed feed item (its full text, else its page) or a story's page. What it finds is offered as a
 * revision by whoever asked.
 */
public final class ArticleReader {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Clock clock;

    /** @param clock times each page's extraction against its {@link PageBudget} */
    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * The agency's text of a story as read now.
     *
     * @param modified          when the source says it last changed it, or null
     * @param looksLikeArticle  false for a login wall, an error page or an index where the story was
     */
    public record Read(String headline, String body, Instant modified, boolean looksLikeArticle) {
    }

    /** A feed item: its full text when the feed carries it, else the page it links to, fetched through {@code pages}. */
    public Read readItem(FeedEntry entry, String feedTitle, PageFetcher pages) throws FetchException {
        if (entry.link() == null) {
            throw new ImportException("the feed item has no link to the story");
        }
        if (entry.hasFullText()) {
            ExtractedArticle article = FeedArticles.fromEntry(entry, feedTitle);
            // a feed's full text is the agency's own, however short; the revision rules judge a collapse
            return new Read(headline(entry, article), article.original().body(), modified(entry, article), true);
        }
        ExtractedArticle article = extract(pages.fetch(URI.create(entry.link())));
        return new Read(headline(entry, article), article.original().body(), modified(entry, article),
                article.looksLikeArticle());
    }

    /** A story's page as fetched. */
    public Read readPage(FetchedDocument page) {
        ExtractedArticle article = extract(page);
        return new Read(TitleText.plain(article.original().headline()), article.original().body(), article.modified(),
                article.looksLikeArticle());
    }

    private ExtractedArticle extract(FetchedDocument page) {
        try {
            return extractor.extract(page.text(), page.finalUrl(), PageBudget.start(clock));
        } catch (PageTooComplexException e) {
            throw new ImportException(e.getMessage());
        }
    }

    /** The feed's headline first, as at import: a page's own may be only its {@code <title>}. */
    private static String headline(FeedEntry entry, ExtractedArticle article) {
        String feed = TitleText.plain(entry.title());
        return feed != null ? feed : TitleText.plain(article.original().headline());
    }

    private static Instant modified(FeedEntry entry, ExtractedArticle article) {
        return entry.updated() != null ? entry.updated() : article.modified();
    }
}
