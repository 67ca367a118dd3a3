package io.mediawire.templating;

import io.mediawire.magnolia.SimpleTranslator;
import io.mediawire.story.Story;

/**
 * What Media Wire's template functions need from the page being rendered: its messages and
 * relative-time wording, and a way to say which stories the page shows (their changes are the
 * page's Last-Modified). The host's renderer supplies it.
 */
public interface PageScope {
    SimpleTranslator messages();

    RelativeTime relativeTime();

    void saw(Story story);

    /**
     * Origins ({@code https://host}) the page loads pictures from besides the site: linked pictures of a source
     * whose licence forbids copies. The page's Content-Security-Policy allows them; nothing else.
     */
    default void allowImagesFrom(java.util.Set<String> origins) {
    }
}
