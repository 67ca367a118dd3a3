package io.mediawire.importing;

import io.mediawire.images.ImageCopier;
import io.mediawire.importing.extraction.ArticleExtractor;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.extraction.PageBudget;
import io.mediawire.importing.extraction.PageTooComplexException;
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
import io.mediawire.importing.wire.WireFormat;
import io.mediawire.story.CreateResult;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoreException;
import io.mediawire.story.StoryStore;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one source: fetches it safely, tells a wire document (ninjs, NewsML: {@link WireImporter}), a feed
 * and an article apart by their content, extracts
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
    private final Clock clock;
    private final ImageCopier images;
    private volatile java.util.function.Consumer<String> pageWatcher = id -> { };
    private final WireImporter wire;

    public StoryImporter(PageFetcher fetcher, StoryStore store) {
        this(fetcher, store, Clock.systemUTC());
    }

    /** @param clock times the processing of each page against its {@link PageBudget} */
    public StoryImporter(PageFetcher fetcher, StoryStore store, Clock clock) {
        this(fetcher, store, clock, null);
    }

    /** @param images copies each story's pictures into the site before it is stored; null copies none */
    public StoryImporter(PageFetcher fetcher, StoryStore store, Clock clock, ImageCopier images) {
        this.fetcher = fetcher;
        this.store = store;
        this.clock = clock;
        this.images = images;
        this.wire = new WireImporter(store, images);
    }

    /** Imports wire items (ninjs, NewsML): what a subscription of a wire, or the watched folder, hands on. */
    public WireImporter wire() {
        return wire;
    }

    /**
     * Told the id of each story imported from its own page by URL (not from a feed, nor a saved page): the
     * stories whose page is read again later to see whether the agency changed it.
     */
    public void watchPages(java.util.function.Consumer<String> watcher) {
        this.pageWatcher = java.util.Objects.requireNonNull(watcher, "watcher");
    }

    public List<ItemResult> importSource(ImportSource source, boolean publish, String user, ImportProgress progress) {
        List<ItemResult> results = new ArrayList<>();
        try {
            Document document = load(source);
            WireFormat wireFormat = WireFormat.detect(document.body(), document.contentType());
            if (wireFormat != WireFormat.NONE) {
                results.addAll(wire.importDocument(source.label(), wireFormat, document.body(),
                        ItemOptions.plain(publish, user), progress));
                return results;
            }
            if (FeedDetector.detect(document.body(), document.contentType()) != FeedFormat.NOT_A_FEED) {
                importFeed(source.label(), document, publish, user, progress, results);
            } else {
                progress.found(source.label(), 1);
                ItemResult result = importPage(source.label(), document, null, null, ItemOptions.plain(publish, user));
                if (source instanceof ImportSource.Url && result.outcome() == ItemResult.Outcome.IMPORTED) {
                    pageWatcher.accept(result.storyId());
                }
                results.add(report(progress, result));
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
        if (document.address() != null) {
            progress.feedRead(label, document.address(), feed.title());
        }
        // A problem at the position of a usable entry is a warning about one of its values; at any other
        // position the item was dropped, and that item (not each of its problems) is one failure.
        Map<Integer, List<String>> warnings = new HashMap<>();
        feed.entries().forEach(entry -> warnings.put(entry.position(), new ArrayList<>()));
        Map<Integer, List<String>> dropped = new TreeMap<>();
        for (FeedProblem problem : feed.problems()) {
            if (warnings.containsKey(problem.position())) {
                warnings.get(problem.position()).add(problem.detail());
            } else {
                dropped.computeIfAbsent(problem.position(), p -> new ArrayList<>()).add(problem.message());
            }
        }
        progress.found(label, feed.entries().size() + dropped.size());
        dropped.forEach((position, messages) -> results.add(report(progress,
                ItemResult.failed(label + " item " + position, String.join("; ", messages)))));
        for (FeedEntry entry : feed.entries()) {
            ItemResult result = importItem(label, feed.title(), entry, ItemOptions.plain(publish, user));
            results.add(report(progress, result.withWarnings(warnings.get(entry.position()))));
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
                return save(input, StoryDrafts.from(article, URI.create(entry.link()), entry, feedTitle), options);
            }
            if (entry.link() == null) {
                return ItemResult.failed(input, "the feed item has no link to the story and no full text");
            }
            // Summary-only feed: the story itself is on the item's page.
            PageFetcher pages = options.pages() != null ? options.pages() : fetcher;
            FetchedDocument page = pages.fetch(URI.create(entry.link()));
            Document document = new Document(page.body(), page.contentType(), page.charset(), page.finalUrl());
            return importPage(input, document, entry, feedTitle, options);
        } catch (FetchException | IllegalArgumentException | ImportException | InvalidStoryException
                 | ItemFilterException e) {
            return ItemResult.failed(input, e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing {} failed", input, e);
            return ItemResult.failed(input, "the repository refused the story: " + e.getMessage());
        }
    }

    private ItemResult importPage(String input, Document document, FeedEntry entry, String feedTitle,
                                  ItemOptions options) {
        try {
            URI base = document.address();
            // one budget for the page, also when a saved page is read a second time against its canonical address
            PageBudget budget = PageBudget.start(clock);
            ExtractedArticle article = extractor.extract(document.text(), base != null ? base : UNKNOWN_ADDRESS, budget);
            if (base == null) {
                // A saved page without --base-url: usable only when it names its own canonical address.
                String canonical = article.original().url();
                if (canonical == null || canonical.startsWith(UNKNOWN_ADDRESS.toString())) {
                    return ItemResult.failed(input, "a saved page needs its original address (--base-url)");
                }
                base = URI.create(canonical);
                article = extractor.extract(document.text(), base, budget);
            }
            if (!article.looksLikeArticle()) {
                return ItemResult.failed(input, "not an article: no story text found on the page");
            }
            if (!accepts(options, article, entry)) {
                return ItemResult.filtered(input, article.original().headline());
            }
            return save(input, StoryDrafts.from(article, base, entry, feedTitle), options);
        } catch (IllegalArgumentException | ImportException | InvalidStoryException | PageTooComplexException
                 | ItemFilterException e) {
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

    private ItemResult save(String input, StoryDrafts.Draft draft, ItemOptions options) {
        NewStory story = options.sourceId() != null || options.subscriptionId() != null
                ? draft.story().from(options.sourceId(), options.subscriptionId()) : draft.story();
        boolean publish = options.publish();
        String user = options.user();
        // Pictures are copied before the story is stored, so a story published at once never shows without them.
        // A story already here under its address is a duplicate: nothing to copy for it.
        ImageCopier.Copied copied = images == null || store.bySourceUrl(story.original().url()).isPresent()
                ? ImageCopier.Copied.NOTHING : images.copy(story.original());
        CreateResult result = publish ? store.createPublished(story, user) : store.create(story, user);
        if (result instanceof CreateResult.Duplicate duplicate) {
            return ItemResult.duplicate(input, duplicate.story().headline(), duplicate.story().path(),
                    duplicate.story().id(), duplicate.matchedOn()).withWarnings(draft.warnings());
        }
        if (images != null) {
            images.recordUse(result.story().id(), copied);
        }
        return ItemResult.imported(input, result.story().headline(), result.story().path(), result.story().id())
                .withWarnings(draft.warnings()).withWarnings(copied.warnings());
    }

    private static ItemResult report(ImportProgress progress, ItemResult result) {
        progress.finished(result);
        return result;
    }
}
