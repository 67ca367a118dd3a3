package io.mediawire.story;

import java.util.Optional;

/**
 * What the store needs to know about the agencies its stories come from: which source a story
 * belongs to, what that source is called, and whether its licence lets the desk retitle a story.
 * {@code io.mediawire.sources} implements it and the module hands it to the store
 * ({@link StoryStore#useSourceRules}); the story package itself knows no source.
 */
public interface SourceRules {

    /** The id of the source ({@code mw:source}) that publishes from this URL's host, if one does. */
    Optional<String> sourceIdFor(String sourceUrl);

    /**
     * The display name of a story's source: the source it is linked to ({@code sourceId}, may be null), else the
     * source of its URL's host.
     */
    Optional<String> displayName(String sourceId, String sourceUrl);

    /**
     * Refuses a new headline the story's source does not allow, with a sentence an editor can act
     * on; does nothing when the source allows it or no source claims the story.
     *
     * @throws HeadlinePolicyException when the licence forbids this headline
     */
    void checkHeadline(Story story, String proposedHeadline);

    /** No sources: every story keeps the source name it was imported with, every headline may change. */
    SourceRules NONE = new SourceRules() {
        @Override
        public Optional<String> sourceIdFor(String sourceUrl) {
            return Optional.empty();
        }

        @Override
        public Optional<String> displayName(String sourceId, String sourceUrl) {
            return Optional.empty();
        }

        @Override
        public void checkHeadline(Story story, String proposedHeadline) {
            // no licence to enforce
        }
    };
}
