package io.mediawire.importing;

import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.identity.BodyFingerprint;
import io.mediawire.importing.identity.UrlNormalizer;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.NewStory;
import java.net.URI;
import java.util.List;

/** Turns what extraction found into the story the store keeps, with its three dedupe keys. */
final class StoryDrafts {
    private StoryDrafts() {
    }

    /** {@code entry}, when the page came from a feed, gives the GUID and a publish time the page lacks. */
    static NewStory from(ExtractedArticle article, URI fetchedFrom, FeedEntry entry) {
        AgencyCopy page = article.original();
        if (page.headline() == null || page.headline().isBlank()) {
            throw new ImportException("no headline found on the page");
        }
        if (page.body() == null || page.body().isBlank()) {
            throw new ImportException("not an article: no story text found on the page");
        }
        String fetched = fetchedFrom == null ? null : fetchedFrom.toString();
        String sourceUrl = UrlNormalizer.normalize(sourceUrl(page.url(), fetched));
        AgencyCopy original = page.toBuilder()
                .headline(page.headline().strip())
                .url(sourceUrl)
                .sourceName(page.sourceName() != null ? page.sourceName() : URI.create(sourceUrl).getHost())
                .published(page.published() == null && entry != null ? entry.published() : page.published())
                .build();
        return new NewStory(original, fetched == null ? sourceUrl : fetched, List.of(),
                entry == null ? null : entry.guid(), fingerprint(article.articleBody()));
    }

    /** The page's own canonical URL when it is a web address, else where the page was fetched. */
    private static String sourceUrl(String canonical, String fetched) {
        if (canonical != null) {
            try {
                URI uri = URI.create(canonical.strip());
                if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                    return canonical.strip();
                }
            } catch (IllegalArgumentException ignored) {
                // a broken canonical link is no reason to refuse the story
            }
        }
        if (fetched == null) {
            throw new ImportException("a saved page needs its original address (--base-url)");
        }
        return fetched;
    }

    private static String fingerprint(String plainText) {
        try {
            return plainText == null ? null : BodyFingerprint.of(plainText);
        } catch (IllegalArgumentException noWords) {
            return null;
        }
    }
}
