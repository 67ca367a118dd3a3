package io.mediawire.host.admincentral;

import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;

/**
 * A story's value by the property name an app definition uses for it (a column or a form
 * field), so the YAML decides what is shown without a switch in every page.
 */
public final class StoryFields {
    private StoryFields() {
    }

    /** The value: a String, an Instant, a List of strings, a StoryStatus, or null when unset/unknown. */
    public static Object value(Story story, String name) {
        return switch (name) {
            case "jcrName", "name", "@name" -> story.slug();
            case "jcrPath", "path", "@path" -> story.path();
            case "status", "mgnl:activationStatus" -> story.status();
            case StoryNodes.HEADLINE -> story.headline();
            case StoryNodes.ORIGINAL_HEADLINE -> story.original().headline();
            case StoryNodes.TAGS -> story.tags();
            case StoryNodes.BODY -> story.original().body();
            case StoryNodes.TEASER -> story.teaser();
            case StoryNodes.SOURCE_NAME -> story.original().sourceName();
            case StoryNodes.SOURCE_URL -> story.original().url();
            case StoryNodes.FETCHED_URL -> story.fetchedUrl();
            case StoryNodes.AUTHOR -> story.original().author();
            case StoryNodes.SOURCE_PUBLISHED -> story.original().published();
            case StoryNodes.LEAD_IMAGE -> story.original().leadImage();
            case StoryNodes.LEAD_IMAGE_CAPTION -> story.original().leadImageCaption();
            case StoryNodes.LANGUAGE -> story.original().language();
            case StoryNodes.BODY_SHA256 -> story.bodySha256();
            case StoryNodes.FEED_GUID -> story.feedGuid();
            case StoryNodes.PUBLISHED -> story.published();
            case StoryNodes.CREATED -> story.created();
            case StoryNodes.CREATED_BY -> story.createdBy();
            case StoryNodes.LAST_MODIFIED -> story.lastModified();
            case StoryNodes.LAST_MODIFIED_BY -> story.lastModifiedBy();
            case StoryNodes.LAST_ACTIVATED -> story.lastActivated();
            case StoryNodes.LAST_ACTIVATED_BY -> story.lastActivatedBy();
            default -> null;
        };
    }
}
