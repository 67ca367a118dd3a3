package io.mediawire.host.cache;

import io.mediawire.story.Story;
import io.mediawire.story.StoryListener;
import io.mediawire.story.StoryStore;

/**
 * The story store's changes, as far as the public can see them. A draft is invisible: creating or
 * editing one changes no public answer, so the desk's imports and edits leave the caches alone. A
 * story becomes public only by {@code PUBLISHED} (a story created published reports that too); a
 * published story's edit, and the unpublishing or deletion of one, change what the public sees.
 * A source's display name shows on every page, in the feed and in every delivery answer about a
 * story, so a source change drops every kept answer.
 */
public final class StoryChanges implements StoryListener {
    private final Invalidation invalidation;

    public StoryChanges(Invalidation invalidation) {
        this.invalidation = invalidation;
    }

    @Override
    public void changed(Story story, Change change) {
        boolean visible = switch (change) {
            case CREATED -> false;
            case PUBLISHED, UNPUBLISHED -> true;
            case EDITED, DELETED -> story.isPublished();
        };
        if (visible) {
            invalidation.changed(StoryStore.WORKSPACE, story.path());
        }
    }

    @Override
    public void sourcesChanged() {
        invalidation.everything("sources changed");
    }
}
