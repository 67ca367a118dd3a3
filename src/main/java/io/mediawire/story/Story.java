package io.mediawire.story;

import java.time.Instant;
import java.util.List;

/** A stored story as read from the repository; immutable. */
public record Story(
        String id,
        String path,
        String slug,
        String headline,
        String originalHeadline,
        List<String> tags,
        String body,
        String teaser,
        String sourceName,
        String sourceUrl,
        String fetchedUrl,
        String author,
        Instant sourcePublished,
        String leadImage,
        String leadImageCaption,
        String language,
        String bodySha256,
        String feedGuid,
        Instant created,
        String createdBy,
        Instant lastModified,
        String lastModifiedBy,
        Instant published,
        Instant lastActivated,
        String lastActivatedBy,
        boolean activated) {

    public StoryStatus status() {
        if (!activated) {
            return StoryStatus.DRAFT;
        }
        if (lastModified != null && lastActivated != null && lastModified.isAfter(lastActivated)) {
            return StoryStatus.MODIFIED;
        }
        return StoryStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return activated;
    }

    public boolean headlineEdited() {
        return !headline.equals(originalHeadline);
    }
}
