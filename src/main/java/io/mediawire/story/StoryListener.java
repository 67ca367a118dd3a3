package io.mediawire.story;

/** Told after a change is saved: caches drop what they hold for the story and for listings. */
@FunctionalInterface
public interface StoryListener {
    /** @param story the story as saved; for a deletion, as it was before */
    void changed(Story story, Change change);

    /** A source's display name, hosts or policy changed: whatever names sources may be stale. */
    default void sourcesChanged() {
    }

    enum Change { CREATED, EDITED, PUBLISHED, UNPUBLISHED, DELETED }
}
