package io.mediawire.templating;

import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.util.List;
import java.util.Map;

/** The newest published stories for a page, which then counts their changes in its Last-Modified. */
final class RecentStories {
    private RecentStories() {
    }

    /** The {@code n} newest (1 to 50), without {@code excludeId} (null or blank: none left out). */
    static List<Map<String, Object>> of(StoryStore stories, PageScope scope, int n, String excludeId) {
        if (n < 1 || n > 50) {
            throw new IllegalArgumentException("recent posts: ask for 1..50 stories, got " + n);
        }
        List<Story> found = stories.recent(n, excludeId == null || excludeId.isBlank() ? null : excludeId);
        found.forEach(scope::saw);
        return found.stream().map(ContentMaps::of).toList();
    }
}
