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

    /**
     * The item's identity and its version: the identity key, a dot, and a digest of what the feed says of the
     * item's state (its {@code updated}/{@code dc:modified} time, title, content and summary). An item whose
     * identity was dealt with but whose version is new has changed at the source.
     */
    static String versioned(FeedEntry entry) {
        String state = entry.updated() + "\n" + entry.title() + "\n" + entry.contentHtml() + "\n" + entry.summaryHtml();
        return of(entry) + "." + BodyDigest.sha256(state).substring(0, 16);
    }

    /** The identity part of a key, versioned or not (keys stored before versions were kept are identities). */
    static String identity(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    static String normalized(String link) {
        try {
            return UrlNormalizer.normalize(link);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
