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
            case "status", StoryNodes.ACTIVATION_STATUS -> story.status();
            default -> StoryNodes.property(name).map(property -> property.valueOf(story)).orElse(null);
        };
    }
}
