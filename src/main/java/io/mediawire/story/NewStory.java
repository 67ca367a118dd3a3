package io.mediawire.story;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What an import hands to the store: the agency's copy and what the import learnt on the way.
 * {@code original.url()} is the canonical, normalized URL (the first dedupe key);
 * {@code feedGuid} and {@code bodyFingerprint} are the others, when known.
 *
 * @param fetchedUrl   where the page was actually fetched (after redirects)
 * @param source       the id of the source ({@code mw:source}) it came from, when the import knows it
 *                     (a subscription); null lets the store link it by its URL's host
 * @param subscription the id of the subscription ({@code mw:subscription}) that brought it, or null
 * @param wire         what the agency's wire item said about it; {@link WireTerms#NONE} for a page or feed item
 */
public record NewStory(
        AgencyCopy original,
        String fetchedUrl,
        List<String> tags,
        String feedGuid,
        String bodyFingerprint,
        String source,
        String subscription,
        WireTerms wire) {

    public NewStory {
        Objects.requireNonNull(original, "original");
        wire = wire == null ? WireTerms.NONE : wire;
        tags = tags == null ? List.of() : List.copyOf(tags);
        require(original.headline(), "headline");
        require(original.body(), "body");
        require(original.url(), "sourceUrl");
        URI uri;
        try {
            uri = URI.create(original.url().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidStoryException("sourceUrl is not a URL: " + original.url());
        }
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new InvalidStoryException("sourceUrl must be an absolute http(s) URL: " + original.url());
        }
    }

    public NewStory(AgencyCopy original, String fetchedUrl, List<String> tags, String feedGuid, String bodyFingerprint) {
        this(original, fetchedUrl, tags, feedGuid, bodyFingerprint, null, null, WireTerms.NONE);
    }

    public NewStory(AgencyCopy original, String fetchedUrl, List<String> tags, String feedGuid, String bodyFingerprint,
                    String source, String subscription) {
        this(original, fetchedUrl, tags, feedGuid, bodyFingerprint, source, subscription, WireTerms.NONE);
    }

    /** This story as brought by a subscription of a source. */
    public NewStory from(String sourceId, String subscriptionId) {
        return new NewStory(original, fetchedUrl, tags, feedGuid, bodyFingerprint, sourceId, subscriptionId, wire);
    }

    /** A story fetched from its own URL, without tags or further dedupe keys. */
    public static NewStory of(AgencyCopy original) {
        return new NewStory(original, original.url(), List.of(), null, null);
    }

    /** A story with only the fields every story has. */
    public static NewStory of(String headline, String body, String sourceName, String sourceUrl) {
        return of(AgencyCopy.builder().headline(headline).body(body).sourceName(sourceName).url(sourceUrl).build());
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidStoryException(field + " is required and was empty");
        }
    }
}
