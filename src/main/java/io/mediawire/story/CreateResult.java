package io.mediawire.story;

/** The outcome of storing an imported story: new, or the story it duplicates and why. */
public sealed interface CreateResult {
    Story story();

    record Created(Story story) implements CreateResult {
    }

    /** @param matchedOn "source URL", "feed GUID" or "body" */
    record Duplicate(Story story, String matchedOn) implements CreateResult {
    }
}
