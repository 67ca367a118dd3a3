package io.mediawire.story;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What an import hands to the store. {@code sourceUrl} is the canonical, normalized URL (the
 * first dedupe key); {@code feedGuid} and {@code bodyFingerprint} are the others, when known.
 */
public record NewStory(
        String headline,
        String body,
        String sourceName,
        String sourceUrl,
        String fetchedUrl,
        String author,
        Instant sourcePublished,
        String leadImage,
        String leadImageCaption,
        String language,
        List<String> tags,
        String feedGuid,
        String bodyFingerprint) {

    public NewStory {
        tags = tags == null ? List.of() : List.copyOf(tags);
        require(headline, "headline");
        require(body, "body");
        require(sourceUrl, "sourceUrl");
        URI uri;
        try {
            uri = URI.create(sourceUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidStoryException("sourceUrl is not a URL: " + sourceUrl);
        }
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new InvalidStoryException("sourceUrl must be an absolute http(s) URL: " + sourceUrl);
        }
    }

    /** A story with only the fields every story has; the rest can follow with the wither methods. */
    public static NewStory of(String headline, String body, String sourceName, String sourceUrl) {
        return new NewStory(headline, body, sourceName, sourceUrl, sourceUrl, null, null, null, null, null,
                List.of(), null, null);
    }

    public NewStory withAuthor(String author) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, leadImage,
                leadImageCaption, language, tags, feedGuid, bodyFingerprint);
    }

    public NewStory withSourcePublished(Instant at) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, at, leadImage,
                leadImageCaption, language, tags, feedGuid, bodyFingerprint);
    }

    public NewStory withLanguage(String lang) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, leadImage,
                leadImageCaption, lang, tags, feedGuid, bodyFingerprint);
    }

    public NewStory withFeedGuid(String guid) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, leadImage,
                leadImageCaption, language, tags, guid, bodyFingerprint);
    }

    public NewStory withBodyFingerprint(String fingerprint) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, leadImage,
                leadImageCaption, language, tags, feedGuid, fingerprint);
    }

    public NewStory withTags(List<String> newTags) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, leadImage,
                leadImageCaption, language, newTags, feedGuid, bodyFingerprint);
    }

    public NewStory withLeadImage(String image, String caption) {
        return new NewStory(headline, body, sourceName, sourceUrl, fetchedUrl, author, sourcePublished, image,
                caption, language, tags, feedGuid, bodyFingerprint);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidStoryException(field + " is required and was empty");
        }
    }
}
