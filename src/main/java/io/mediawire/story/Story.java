package io.mediawire.story;

import java.time.Instant;
import java.util.List;

/**
 * A stored story as read from the repository; immutable. {@code headline} is the desk's and may
 * differ from {@code original().headline()}, the agency's.
 *
 * @param source       the id of the source ({@code mw:source}) the story was linked to, or null
 * @param subscription the id of the subscription ({@code mw:subscription}) that brought it, or null
 * @param changes      revisions waiting or accepted, and a withdrawal by the source
 * @param wire         what its agency's wire item said (status, embargo, rights); {@link WireTerms#NONE} otherwise
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
        boolean activated,
        String source,
        String subscription,
        SourceChanges changes,
        WireTerms wire) {

    public Story {
        changes = changes == null ? SourceChanges.NONE : changes;
        wire = wire == null ? WireTerms.NONE : wire;
    }

    /** A story linked to a source, with nothing changed at its source, that did not come from a wire item. */
    public Story(String id, String path, String slug, String headline, List<String> tags, String teaser,
                 AgencyCopy original, String fetchedUrl, String bodySha256, String feedGuid, Instant created,
                 String createdBy, Instant lastModified, String lastModifiedBy, Instant published,
                 Instant lastActivated, String lastActivatedBy, boolean activated, String source, String subscription) {
        this(id, path, slug, headline, tags, teaser, original, fetchedUrl, bodySha256, feedGuid, created, createdBy,
                lastModified, lastModifiedBy, published, lastActivated, lastActivatedBy, activated, source, subscription,
                SourceChanges.NONE, WireTerms.NONE);
    }

    /** A story linked to no source. */
    public Story(String id, String path, String slug, String headline, List<String> tags, String teaser,
                 AgencyCopy original, String fetchedUrl, String bodySha256, String feedGuid, Instant created,
                 String createdBy, Instant lastModified, String lastModifiedBy, Instant published,
                 Instant lastActivated, String lastActivatedBy, boolean activated) {
        this(id, path, slug, headline, tags, teaser, original, fetchedUrl, bodySha256, feedGuid, created, createdBy,
                lastModified, lastModifiedBy, published, lastActivated, lastActivatedBy, activated, null, null, SourceChanges.NONE, WireTerms.NONE);
    }

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
