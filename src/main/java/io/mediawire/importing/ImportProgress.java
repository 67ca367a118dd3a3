package io.mediawire.importing;

/** Told as an import goes: how many items a source has, and each item's result as it ends. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void found(String source, int items) {
    }

    default void finished(ItemResult result) {
    }
}
