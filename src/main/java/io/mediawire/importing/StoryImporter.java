package io.mediawire.importing;

import io.mediawire.importing.extraction.ArticleExtractor;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.feed.FeedDetector;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.feed.FeedException;
import io.mediawire.importing.feed.FeedFormat;
import io.mediawire.importing.feed.FeedParser;
import io.mediawire.importing.feed.FeedProblem;
import io.mediawire.importing.feed.ParsedFeed;
import io.mediawire.importing.fetch.CharsetSniffer;
import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.FetchedDocument;
import io.mediawire.importing.fetch.PageFetcher;
import io.mediawire.story.CreateResult;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoreException;
import io.mediawire.story.StoryStore;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one source: fetches it safely, tells a feed from an article by its content, extracts
 * each story and hands it to the store, which saves it in one piece or reports the duplicate.
 * Every item ends with a result; one bad item never stops the rest of a feed.
 */
public final class StoryImporter {
    private static final Logger LOG = LoggerFactory.getLogger(StoryImporter.class);
    /** Stands in for a saved page's unknown address until its canonical link tells the real one. */
    private static final URI UNKNOWN_ADDRESS = URI.create("http://unknown.invalid/");

    private final PageFetcher fetcher;
    private final StoryStore store;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final FeedParser feeds = new FeedParser();

    public StoryImporter(PageFetcher fetcher, StoryStore store) {
        this.fetcher = fetcher;
        this.store = store;
    }

    public List<ItemResult> importSource(ImportSource source, boolean publish, String user, ImportProgress progress) {
        List<ItemResult> results = new ArrayList<>();
        try {
            Document document = load(source);
            if (FeedDetector.detect(document.body(), document.contentType()) != FeedFormat.NOT_A_FEED) {
                importFeed(source.label(), document, publish, user, progress, results);
            } else {
                progress.found(source.label(), 1);
                results.add(report(progress, importPage(source.label(), document, null,
                        ItemOptions.plain(publish, user))));
            }
        } catch (FetchException | FeedException | ImportException e) {
            progress.found(source.label(), 1);
            results.add(report(progress, ItemResult.failed(source.label(), e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", source.label(), e);
            progress.found(source.label(), 1);
            results.add(report(progress, ItemResult.failed(source.label(), "unexpected error: " + e.getMessage())));
        }
        return results;
    }

    /** The page or feed behind a source, with the address relative links resolve against. */
    private record Document(byte[] body, String contentType, Charset charset, URI address) {
        String text() {
            return new String(body, charset);
        }
    }

    private Document load(ImportSource source) throws FetchException {
        if (source instanceof ImportSource.Url url) {
            FetchedDocument fetched = fetcher.fetch(url.url());
            return new Document(fetched.body(), fetched.contentType(), fetched.charset(), fetched.finalUrl());
        }
        ImportSource.Saved saved = (ImportSource.Saved) source;
        return new Document(saved.content(), null, CharsetSniffer.detect(null, saved.content()), saved.baseUrl());
    }

    private void importFeed(String label, Document document, boolean publish, String user, ImportProgress progress,
                            List<ItemResult> results) throws FeedException {
        URI feedUrl = document.address() != null ? document.address() : URI.create("about:blank");
        ParsedFeed feed = feeds.parse(document.body(), document.charset().name(), feedUrl);
        progress.found(label, feed.entries().size() + feed.problems().size());
        for (FeedProblem problem : feed.problems()) {
            results.add(report(progress, ItemResult.failed(label + " item " + problem.position(), problem.message())));
        }
        for (FeedEntry entry : feed.entries()) {
            results.add(report(progress, importItem(label, feed.title(), entry, ItemOptions.plain(publish, user))));
        }
    }

    /**
     * Imports one feed item: its full text when the feed carries it, else the page it links to. The
     * options say how to store it and which items to keep; a subscription's poll calls this for
     * each item it has not seen before.
     */
    public ItemResult importItem(String feedLabel, String feedTitle, FeedEntry entry, ItemOptions options) {
        String input = entry.link() != null ? entry.link() : feedLabel + " item " + entry.position();
        try {
            if (entry.hasFullText() && entry.link() != null) {
                ExtractedArticle article = FeedArticles.fromEntry(entry, feedTitle);
                if (!accepts(options, article, entry)) {
                    return ItemResult.filtered(input, article.original().headline());
                }
                return save(input, StoryDrafts.from(article, URI.create(entry.link()), entry), options);
            }
            if (entry.link() == null) {
                return ItemResult.failed(input, "the feed item has no link to the story and no full text");
            }
            // Summary-only feed: the story itself is on the item's page.
            PageFetcher pages = options.pages() != null ? options.pages() : fetcher;
            FetchedDocument page = pages.fetch(URI.create(entry.link()));
            Document document = new Document(page.body(), page.contentType(), page.charset(), page.finalUrl());
            return importPage(input, document, entry, options);
        } catch (FetchException | IllegalArgumentException | ImportException | InvalidStoryException | ItemFilterException e) {
            return ItemResult.failed(input, e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing {} failed", input, e);
            return ItemResult.failed(input, "the repository refused the story: " + e.getMessage());
        }
    }

    private ItemResult importPage(String input, Document document, FeedEntry entry, ItemOptions options) {
        try {
            URI base = document.address();
            ExtractedArticle article = extractor.extract(document.text(), base != null ? base : UNKNOWN_ADDRESS);
            if (base == null) {
                // A saved page without --base-url: usable only when it names its own canonical address.
                String canonical = article.original().url();
                if (canonical == null || canonical.startsWith(UNKNOWN_ADDRESS.toString())) {
                    return ItemResult.failed(input, "a saved page needs its original address (--base-url)");
                }
                base = URI.create(canonical);
                article = extractor.extract(document.text(), base);
            }
            if (!article.looksLikeArticle()) {
                return ItemResult.failed(input, "not an article: no story text found on the page");
            }
            if (!accepts(options, article, entry)) {
                return ItemResult.filtered(input, article.original().headline());
            }
            return save(input, StoryDrafts.from(article, base, entry), options);
        } catch (IllegalArgumentException | ImportException | InvalidStoryException | ItemFilterException e) {
            return ItemResult.failed(input, e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing {} failed", input, e);
            return ItemResult.failed(input, "the repository refused the story: " + e.getMessage());
        }
    }

    /** What the filter reads: the feed's title where it has one, the story's text, byline and the feed's categories. */
    private static boolean accepts(ItemOptions options, ExtractedArticle article, FeedEntry entry) {
        if (options.filter() == ItemFilter.KEEP_ALL) {
            return true;
        }
        String title = entry != null && entry.title() != null ? entry.title() : article.original().headline();
        String author = article.original().author() != null ? article.original().author()
                : entry == null ? null : entry.author();
        return options.filter().accepts(new ItemText(title, article.articleBody(), author,
                entry == null ? null : entry.categories()));
    }

    private ItemResult save(String input, NewStory draft, ItemOptions options) {
        NewStory story = options.sourceId() != null || options.subscriptionId() != null
                ? draft.from(options.sourceId(), options.subscriptionId()) : draft;
        String user = options.user();
        CreateResult result = options.publish() ? store.createPublished(story, user) : store.create(story, user);
        if (result instanceof CreateResult.Duplicate duplicate) {
            return ItemResult.duplicate(input, duplicate.story().headline(), duplicate.story().path(),
                    duplicate.story().id(), duplicate.matchedOn());
        }
        return ItemResult.imported(input, result.story().headline(), result.story().path(), result.story().id());
    }

    private static ItemResult report(ImportProgress progress, ItemResult result) {
        progress.finished(result);
        return result;
    }
}
