package io.mediawire.subscriptions;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed of a source, polled on a schedule ({@code mw:subscription}, a child of its {@code mw:source}).
 *
 * @param id         the node's identifier
 * @param sourceId   the source it belongs to
 * @param url        the feed's address (RSS, RDF, Atom or JSON Feed)
 * @param interval   time between polls, at least a minute
 * @param publish    draft or publish what it brings
 * @param filters    which items become stories, in the filter language; blank for all
 * @param enabled    false while paused
 * @param quietAfter how long without a new item makes it quiet, set by hand; null to learn it from its history
 */
public record Subscription(String id, String sourceId, String url, Duration interval, PublishMode publish,
                           String filters, boolean enabled, Duration quietAfter, SubscriptionState state,
                           Instant created, String createdBy) {
}
