package io.mediawire.importing;

import io.mediawire.importing.extraction.ExtractedArticle;
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

    /** {@code entry}, when the page came from a feed, gives the GUID and a publish time the page lacks. */
    static Draft from(ExtractedArticle article, URI fetchedFrom, FeedEntry entry) {
        AgencyCopy page = article.original();
        String headline = TitleText.plain(page.headline());
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
                .sourceName(page.sourceName() != null ? page.sourceName() : URI.create(sourceUrl).getHost())
                .published(page.published() == null && entry != null ? entry.published() : page.published())
                .leadImage(webAddress(page.leadImage(), "lead image", warnings))
                .build();
        NewStory story = new NewStory(original, fetched == null ? sourceUrl : fetched, List.of(),
                entry == null ? null : entry.guid(), fingerprint(article.articleBody()));
        return new Draft(story, warnings);
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
