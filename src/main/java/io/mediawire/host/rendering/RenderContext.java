package io.mediawire.host.rendering;

import io.mediawire.templating.RelativeTime;
import io.mediawire.story.Story;
import io.mediawire.templating.PageScope;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one page render knows and collects: its language, and the newest change among the stories
 * it showed (the page's Last-Modified). The language is known once the page's model has run.
 */
final class RenderContext implements PageScope {
    private Messages messages;
    private RelativeTime relativeTime;
    private Instant newest = Instant.EPOCH;
    private final Set<String> imageOrigins = new TreeSet<>();

    RenderContext(Messages messages, RelativeTime relativeTime) {
        this.messages = messages;
        this.relativeTime = relativeTime;
    }

    /** The page's language, chosen by its model. */
    void use(Messages messages, RelativeTime relativeTime) {
        this.messages = messages;
        this.relativeTime = relativeTime;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public RelativeTime relativeTime() {
        return relativeTime;
    }

    @Override
    public void saw(Story story) {
        later(story.lastModified());
        later(story.lastActivated());
        later(story.published());
    }

    @Override
    public void allowImagesFrom(Set<String> origins) {
        imageOrigins.addAll(origins);
    }

    /** The origins besides the site this page loads pictures from (linked pictures). */
    Set<String> imageOrigins() {
        return Set.copyOf(imageOrigins);
    }

    private void later(Instant at) {
        if (at != null && at.isAfter(newest)) {
            newest = at;
        }
    }

    Instant newest() {
        return newest;
    }
}
