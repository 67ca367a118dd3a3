package io.mediawire.story;

import java.time.Instant;

/**
 * A story as the agency published it: its text and attribution, the fields an import takes from
 * the source page and the store keeps unchanged. Extraction fills it in, {@link NewStory} hands it
 * to the store and {@link Story#original()} reads it back; {@link StoryNodes} names the property
 * that keeps each field. Any field may be null except where a {@link NewStory} requires it.
 *
 * @param headline         the agency's headline (an editor may restyle the story's own one)
 * @param body             the story text as sanitized HTML
 * @param sourceName       the agency or site, for the attribution line
 * @param url              the story's address at the source (for a stored story: canonical, normalized)
 * @param published        when the source published it
 * @param leadImageCaption the lead image's caption, also its alt text
 */
public record AgencyCopy(
        String headline,
        String body,
        String sourceName,
        String url,
        String author,
        Instant published,
        String leadImage,
        String leadImageCaption,
        String language) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these fields, to change some of them. */
    public Builder toBuilder() {
        return builder().headline(headline).body(body).sourceName(sourceName).url(url).author(author)
                .published(published).leadImage(leadImage).leadImageCaption(leadImageCaption).language(language);
    }

    /** Sets fields by name in any order; those never set stay null. */
    public static final class Builder {
        private String headline;
        private String body;
        private String sourceName;
        private String url;
        private String author;
        private Instant published;
        private String leadImage;
        private String leadImageCaption;
        private String language;

        private Builder() {
        }

        public Builder headline(String value) { headline = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder sourceName(String value) { sourceName = value; return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder author(String value) { author = value; return this; }
        public Builder published(Instant value) { published = value; return this; }
        public Builder leadImage(String value) { leadImage = value; return this; }
        public Builder leadImageCaption(String value) { leadImageCaption = value; return this; }
        public Builder language(String value) { language = value; return this; }

        public AgencyCopy build() {
            return new AgencyCopy(headline, body, sourceName, url, author, published, leadImage, leadImageCaption,
                    language);
        }
    }
}
