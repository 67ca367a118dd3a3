package io.mediawire.subscriptions;

import io.mediawire.importing.feed.FeedEntry;
import io.mediawire.importing.identity.UrlNormalizer;
import io.mediawire.story.BodyDigest;

/**
 * How a run recognises an item it has dealt with before: its GUID, else its normalized link,
 * hashed so that a subscription's memory of its feed stays small whatever the feed puts there.
 */
final class ItemKeys {
    private ItemKeys() {
    }

    static String of(FeedEntry entry) {
        String identity = entry.guid() != null ? "guid:" + entry.guid() : "link:" + normalized(entry.link());
        return BodyDigest.sha256(identity).substring(0, 32);
    }

    static String normalized(String link) {
        try {
            return UrlNormalizer.normalize(link);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
