package io.mediawire.host.rendering;

import io.mediawire.templating.RelativeTime;
import io.mediawire.story.Story;
import io.mediawire.templating.PageScope;
import java.time.Instant;

/**
 * What one page render knows and collects: its language, and the newest change among the stories
 * it showed (the page's Last-Modified). The language is known once the page's model has run.
 */
final class RenderContext implements PageScope {
    private Messages messages;
    private RelativeTime relativeTime;
    private Instant newest = Instant.EPOCH;

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

    private void later(Instant at) {
        if (at != null && at.isAfter(newest)) {
            newest = at;
        }
    }

    Instant newest() {
        return newest;
    }
}
