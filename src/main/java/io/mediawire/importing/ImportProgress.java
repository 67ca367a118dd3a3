package io.mediawire.importing;

import java.net.URI;

/** Told as an import goes: how many items a source has, whether it was a feed, and each item's result as it ends. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void found(String source, int items) {
    }

    /** The source was a feed: its address after redirects, and its title (may be null). */
    default void feedRead(String source, URI feedUrl, String title) {
    }

    default void finished(ItemResult result) {
    }
}
