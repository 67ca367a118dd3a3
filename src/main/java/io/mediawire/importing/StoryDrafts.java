package io.mediawire.importing;

import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.extraction.SiteNames;
import io.mediawire.importing.extraction.TitleText;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.identity.BodyFingerprint;
import io.mediawire.importing.identity.UrlNormalizer;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.NewStory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what extraction found into the story the store keeps, with its three dedupe keys. Every
 * address kept is an absolute http(s) URL, parsed and written out again; one that is not is left
 * out with a warning rather than failing the story.
 */
final class StoryDrafts {
    private StoryDrafts() {
    }

    /** The story to store, and what was dropped or repaired on the way. */
    record Draft(NewStory story, List<String> warnings) {
    }

    /**
     * {@code entry}, when the page came from a feed, gives the GUID and a publish time the page lacks, and the
     * headline: the agency's own, where a page's may be only its {@code <title>}. {@code feedTitle} (may be null)
     * names the source unless the page declares its own name.
     */
    static Draft from(ExtractedArticle article, URI fetchedFrom, FeedEntry entry, String feedTitle) {
        AgencyCopy page = article.original();
        String feedHeadline = entry == null ? null : TitleText.plain(entry.title());
        String headline = feedHeadline != null ? feedHeadline : TitleText.plain(page.headline());
        if (headline == null) {
            throw new ImportException("no headline found on the page");
        }
        if (page.body() == null || page.body().isBlank()) {
            throw new ImportException("not an article: no story text found on the page");
        }
        List<String> warnings = new ArrayList<>();
        String fetched = fetchedFrom == null ? null : fetchedFrom.toString();
        String sourceUrl = UrlNormalizer.normalize(sourceUrl(page.url(), fetched, warnings));
        AgencyCopy original = page.toBuilder()
                .headline(headline)
                .url(sourceUrl)
                .sourceName(sourceName(article, feedTitle, sourceUrl))
                .published(page.published() == null && entry != null ? entry.published() : page.published())
                .leadImage(webAddress(page.leadImage(), "lead image", warnings))
                .build();
        NewStory story = new NewStory(original, fetched == null ? sourceUrl : fetched, List.of(),
                entry == null ? null : entry.guid(), fingerprint(article.articleBody()));
        return new Draft(story, warnings);
    }

    /** The name the site declares, else the feed's title, else the page's best guess, else the readable host. */
    private static String sourceName(ExtractedArticle article, String feedTitle, String sourceUrl) {
        String page = TitleText.plain(article.original().sourceName());
        String feed = TitleText.plain(feedTitle);
        if (article.sourceNameDeclared() && page != null) {
            return page;
        }
        if (feed != null) {
            return feed;
        }
        return page != null ? page : SiteNames.readable(URI.create(sourceUrl));
    }

    /** The page's own canonical URL when it is a web address, else where the page was fetched. */
    private static String sourceUrl(String canonical, String fetched, List<String> warnings) {
        String checked = webAddress(canonical, "canonical address", warnings);
        if (checked != null) {
            return checked;
        }
        if (fetched == null) {
            throw new ImportException("a saved page needs its original address (--base-url)");
        }
        return fetched;
    }

    /** {@code url} parsed and re-serialised, or null (with a warning naming {@code what}) when it is no web address. */
    private static String webAddress(String url, String what, List<String> warnings) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return UrlNormalizer.reserialize(url);
        } catch (IllegalArgumentException e) {
            warnings.add(what + " dropped: " + e.getMessage());
            return null;
        }
    }

    private static String fingerprint(String plainText) {
        try {
            return plainText == null ? null : BodyFingerprint.of(plainText);
        } catch (IllegalArgumentException noWords) {
            return null;
        }
    }
}
