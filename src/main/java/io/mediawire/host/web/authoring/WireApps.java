package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.sources.SourceDirectory;
import io.mediawire.sources.SourceStore;
import io.mediawire.subscriptions.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the Sources and Feeds apps share: their definitions ({@code apps/mediaWireSources.yaml},
 * {@code apps/mediaWireFeeds.yaml}), the module's sources and subscriptions, the page renderer, and
 * the site's zone and clock ("new today" is counted from the site's midnight).
 */
record WireApps(AppDefinitionReader apps, Pages pages, SourceStore sources, SourceDirectory directory,
                SubscriptionService subscriptions, SessionFactory sessions, ZoneId zone, Clock clock) {
    static final String SOURCES_APP = "media-wire:mediaWireSources";
    static final String FEEDS_APP = "media-wire:mediaWireFeeds";

    AppDefinition feedsApp() {
        return apps.read(FEEDS_APP);
    }

    /** Midnight of today in the site's zone. */
    Instant startOfToday() {
        return LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
    }
}
