package io.mediawire.story;

import java.time.Instant;
import java.util.List;

/**
 * A stored story as read from the repository; immutable. {@code headline} is the desk's and may
 * differ from {@code original().headline()}, the agency's.
 */
public record Story(
        String id,
        String path,
        String slug,
        String headline,
        List<String> tags,
        String teaser,
        AgencyCopy original,
        String fetchedUrl,
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
        return !headline.equals(original.headline());
    }
}
