package io.mediawire.story;

/** Told after a change is saved: caches drop what they hold for the story and for listings. */
@FunctionalInterface
public interface StoryListener {
    /** @param story the story as saved; for a deletion, as it was before */
    void changed(Story story, Change change);

    /** A source's display name, hosts or policy changed: whatever names sources may be stale. */
    default void sourcesChanged() {
    }

    /**
     * {@code REVISED}: a revision of the agency's text arrived, was dismissed, or went away (editors' lists
     * change, public pages do not); {@code REVISION_ACCEPTED}: the page now shows another version of the text;
     * {@code WITHDRAWN}: the source withdrew the story (an {@code UNPUBLISHED} follows when that unpublished it).
     */
    enum Change { CREATED, EDITED, PUBLISHED, UNPUBLISHED, DELETED, REVISED, REVISION_ACCEPTED, WITHDRAWN }
}
