package io.mediawire.sources;

import io.mediawire.story.StoryStore;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps stories linked to the source of their host when a source's hosts or name change: the
 * stories of every host added or removed, and those linked to it, are linked again (to this
 * source, another one, or none) with the display name they now show. Any change tells the story
 * store's listeners, since pages name sources. Registered after the {@link SourceDirectory},
 * which must already know the change.
 */
public final class StoryLinker implements SourceListener {
    private final StoryStore stories;

    public StoryLinker(StoryStore stories) {
        this.stories = stories;
    }

    @Override
    public void changed(Source before, Source after) {
        Set<String> hosts = new LinkedHashSet<>();
        if (before != null) {
            hosts.addAll(before.hosts());
        }
        if (after != null) {
            hosts.addAll(after.hosts());
        }
        boolean relink = before == null || after == null || !Objects.equals(Set.copyOf(before.hosts()),
                Set.copyOf(after.hosts())) || !before.name().equals(after.name());
        if (relink && !hosts.isEmpty()) {
            stories.relinkSources(hosts, before == null ? null : before.id());
        } else {
            stories.sourcesChanged();
        }
    }
}
