package io.mediawire.story;

/** Derived as Magnolia derives it: never stored, computed from the activation properties. */
public enum StoryStatus {
    DRAFT("draft"), PUBLISHED("published"), MODIFIED("modified since publish");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
