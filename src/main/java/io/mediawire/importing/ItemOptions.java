package io.mediawire.importing;

import io.mediawire.importing.fetch.PageFetcher;
import java.util.Objects;

/**
 * How a feed item is imported on behalf of a subscription.
 *
 * @param publish        publish what is stored, or keep it a draft
 * @param user           recorded as the story's creator
 * @param sourceId       the source the story is linked to (null: by its host)
 * @param subscriptionId the subscription recorded on the story, or null
 * @param filter         which items become stories
 * @param pages          fetches the item's page when the feed has no full text (null: the importer's own fetcher)
 */
public record ItemOptions(boolean publish, String user, String sourceId, String subscriptionId, ItemFilter filter,
                          PageFetcher pages) {
    public ItemOptions {
        Objects.requireNonNull(user, "user");
        filter = filter == null ? ItemFilter.KEEP_ALL : filter;
    }

    /** An editor's own import: no source given, every item kept. */
    public static ItemOptions plain(boolean publish, String user) {
        return new ItemOptions(publish, user, null, null, ItemFilter.KEEP_ALL, null);
    }
}
