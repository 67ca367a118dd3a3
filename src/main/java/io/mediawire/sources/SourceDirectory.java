package io.mediawire.sources;

import io.mediawire.images.ImageHandling;
import io.mediawire.images.SourceImagePolicy;
import io.mediawire.story.HeadlinePolicyException;
import io.mediawire.story.SourceRules;
import io.mediawire.story.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources by id and by host, kept in memory and read again after every change, so that naming
 * the source of a story on a page costs a map lookup. It is the store's {@link SourceRules}: which
 * source a URL belongs to (its host, else the nearest parent domain a source lists), what the
 * source is called, and whether its licence allows a new headline. It is also the images'
 * {@link SourceImagePolicy}: a source's pictures are copied when it allows, else linked or left out.
 * A story of no known source has its pictures copied.
 *
 * <p>Per process: a change saved by another cluster node is seen after the next local change or
 * restart (JCR observation would close that gap when clustering comes).
 */
public final class SourceDirectory implements SourceRules, SourceImagePolicy, SourceListener {
    private final SourceStore store;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());

    private record Snapshot(Map<String, Source> byId, Map<String, Source> byHost) {
    }

    public SourceDirectory(SourceStore store) {
        this.store = store;
    }

    /** Reads every source again; the store's listener calls it after each change. */
    public void reload() {
        List<Source> sources = store.list();
        Map<String, Source> byId = new HashMap<>();
        Map<String, Source> byHost = new HashMap<>();
        for (Source source : sources) {
            byId.put(source.id(), source);
            source.hosts().forEach(host -> byHost.put(host, source));
        }
        snapshot = new Snapshot(Map.copyOf(byId), Map.copyOf(byHost));
    }

    @Override
    public void changed(Source before, Source after) {
        reload();
    }

    public Optional<Source> byId(String id) {
        return Optional.ofNullable(id == null ? null : snapshot.byId().get(id));
    }

    /** The source that publishes from this URL's host or a parent domain of it. */
    public Optional<Source> forUrl(String url) {
        String host = HostNames.of(url);
        if (host == null) {
            return Optional.empty();
        }
        Map<String, Source> byHost = snapshot.byHost();
        for (String name : HostNames.withParents(host)) {
            Source source = byHost.get(name);
            if (source != null) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The story's source: the one it is linked to, else the one of its URL's host. */
    public Optional<Source> forStory(Story story) {
        return byId(story.source()).or(() -> forUrl(story.original().url()));
    }

    @Override
    public Optional<String> sourceIdFor(String sourceUrl) {
        return forUrl(sourceUrl).map(Source::id);
    }

    @Override
    public Optional<String> displayName(String sourceId, String sourceUrl) {
        return byId(sourceId).or(() -> forUrl(sourceUrl)).map(Source::name);
    }

    @Override
    public ImageHandling handlingFor(String sourceUrl) {
        return forUrl(sourceUrl).map(Source::imageHandling).orElse(ImageHandling.COPY);
    }

    @Override
    public void checkHeadline(Story story, String proposedHeadline) {
        Optional<Source> source = forStory(story);
        if (source.isEmpty()) {
            return;
        }
        HeadlinePolicy policy = source.get().headlinePolicy();
        policy.refusal(source.get().name(), story.original().headline(), proposedHeadline).ifPresent(message -> {
            throw new HeadlinePolicyException(policy.value(), message);
        });
    }
}
