package io.mediawire.story;

import java.time.Instant;
import java.util.Objects;

/**
 * A text of a story as its source has it now, offered as a revision: whatever read it (a feed item, the
 * story's page, a wire format's new version) hands the agency's headline and sanitized body with what it
 * knows of the change.
 *
 * @param sourceVersion the agency's version label, or null
 * @param sourceTime    when the agency changed it, or null
 * @param kind          {@link RevisionKind#UPDATE}, or {@link RevisionKind#CORRECTION} when the source says so
 * @param note          the agency's correction note, or null
 */
public record RevisionOffer(String headline, String body, String sourceVersion, Instant sourceTime, RevisionKind kind,
                            String note) {

    public RevisionOffer {
        if (headline == null || headline.isBlank()) {
            throw new InvalidStoryException("a revision needs the agency's headline");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidStoryException("a revision needs the agency's body");
        }
        headline = headline.strip();
        kind = Objects.requireNonNullElse(kind, RevisionKind.UPDATE);
        if (kind == RevisionKind.ORIGINAL) {
            throw new InvalidStoryException("the original text is the one imported; a revision is an update or a correction");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** An update with nothing known beyond its text. */
    public static RevisionOffer update(String headline, String body) {
        return new RevisionOffer(headline, body, null, null, RevisionKind.UPDATE, null);
    }

    /** The digest of what a reader reads: the headline and the body's text, markup aside. */
    public String textSha256() {
        return StoryText.sha256(headline, body);
    }
}
