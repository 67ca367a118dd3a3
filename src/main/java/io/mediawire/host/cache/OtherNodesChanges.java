package io.mediawire.host.cache;

import io.mediawire.host.modules.ComponentProvider;
import io.mediawire.host.repository.ExternalChanges;
import io.mediawire.sources.SourceDirectory;
import io.mediawire.sources.WorkspaceAccess;
import io.mediawire.story.StoryStore;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What another node of the cluster saved, told to this node's {@link Invalidation}, as this node's own
 * story store tells it its changes. A story's properties, children and index entries come as many
 * paths; they are reported once per story, by the story's own path. Whether a story another node
 * created is a draft is not known from paths, so any story change drops the listings: a re-render
 * now and then, never a stale answer. Sources, pages and pictures show on every page: a change there
 * drops every answer, and sources are read again.
 */
public final class OtherNodesChanges implements ExternalChanges.Listener {
    /** {@code /YYYY/MM/DD/slug}: the date folders' depth of a story. */
    private static final int STORY_DEPTH = 4;
    private static final String INDEX = "/mw:index";

    private final Invalidation invalidation;
    private final ComponentProvider components;

    public OtherNodesChanges(Invalidation invalidation, ComponentProvider components) {
        this.invalidation = invalidation;
        this.components = components;
    }

    @Override
    public void changed(String workspace, Set<String> paths) {
        if (workspace.equals(StoryStore.WORKSPACE)) {
            Set<String> stories = new LinkedHashSet<>();
            for (String path : paths) {
                stories.add(storyPath(path));
            }
            stories.forEach(story -> invalidation.changed(workspace, story));
            return;
        }
        if (workspace.equals(WorkspaceAccess.WORKSPACE)) {
            components.getComponent(SourceDirectory.class).ifPresent(SourceDirectory::reload);
        }
        invalidation.everything("another node changed " + workspace + " " + paths.iterator().next());
    }

    /** The story a changed item belongs to; an index entry or a date folder counts as the store's root. */
    static String storyPath(String path) {
        if (path.startsWith(INDEX)) {
            return "/";
        }
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/' && ++depth > STORY_DEPTH) {
                return path.substring(0, i);
            }
        }
        return depth == STORY_DEPTH ? path : "/";
    }
}
