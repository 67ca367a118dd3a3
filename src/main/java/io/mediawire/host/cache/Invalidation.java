package io.mediawire.host.cache;

/**
 * The one way in for "something the public may see has changed". The story store's listener
 * ({@link StoryChanges}) calls it in this process; in a cluster, a JCR observation listener calls it
 * for the other nodes' saves, with the workspace and path of each event (for a property or child of
 * a story, the story's own path).
 */
public interface Invalidation {

    /**
     * The node at {@code path} of {@code workspace} was created, edited, published, unpublished or
     * removed in a way the public may see: answers about that node, and every answer that lists,
     * counts or searches public content, are dropped.
     */
    void changed(String workspace, String path);

    /** Templates, configuration or anything else every answer may show changed: drop them all. */
    void everything(String reason);
}
