package io.mediawire.templating;

import io.mediawire.story.Story;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A story's public path, {@code /media-wire/2025/03/12/<slug>}, percent-encoded: the URL the light
 * module's virtual URI mapping ({@code virtualUriMappings/articles.yaml}) sends to the article page.
 */
public final class StoryLinks {
    /** Where story URLs start: the section page's path. */
    public static final String PREFIX = "/media-wire";

    private StoryLinks() {
    }

    public static String link(Story story) {
        return link(story.path());
    }

    /** @param storyPath the story's path in its workspace, {@code /2025/03/12/slug} */
    public static String link(String storyPath) {
        try {
            return new URI(null, null, PREFIX + storyPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a story path: " + storyPath, e);
        }
    }
}
