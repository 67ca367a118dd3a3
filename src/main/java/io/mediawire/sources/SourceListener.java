package io.mediawire.sources;

/** Told after a source is saved or deleted. */
@FunctionalInterface
public interface SourceListener {
    /**
     * @param before the source as it was; null when it was created
     * @param after  the source as saved; null when it was deleted
     */
    void changed(Source before, Source after);
}
