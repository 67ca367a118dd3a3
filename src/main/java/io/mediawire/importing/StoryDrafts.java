package io.mediawire.importing;

import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.identity.BodyFingerprint;
import io.mediawire.importing.identity.UrlNormalizer;
import io.mediawire.story.NewStory;
import java.net.URI;

/** Turns what extraction found into the story the store keeps, with its three dedupe keys. */
final class StoryDrafts {
    private StoryDrafts() {
    }

    static NewStory from(ExtractedArticle article, URI fetchedFrom, String feedGuid) {
        if (article.headline() == null || article.headline().isBlank()) {
            throw new ImportException("no headline found on the page");
        }
        if (article.bodyHtml() == null || article.bodyHtml().isBlank()) {
            throw new ImportException("not an article: no story text found on the page");
        }
        String fetched = fetchedFrom == null ? null : fetchedFrom.toString();
        String sourceUrl = UrlNormalizer.normalize(sourceUrl(article.canonicalUrl(), fetched));
        String sourceName = article.sourceName() != null ? article.sourceName() : URI.create(sourceUrl).getHost();
        return new NewStory(article.headline().strip(), article.bodyHtml(), sourceName, sourceUrl,
                fetched == null ? sourceUrl : fetched, article.author(), article.published(), article.leadImage(),
                article.leadImageCaption(), article.language(), java.util.List.of(), feedGuid,
                fingerprint(article.articleBody()));
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
