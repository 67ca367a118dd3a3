package io.mediawire.host;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.modules.ComponentProvider;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.revisions.PageRechecks;
import io.mediawire.revisions.RevisionService;
import io.mediawire.sources.SourceStore;
import io.mediawire.story.StoryStore;
import io.mediawire.subscriptions.SubscriptionService;

/**
 * The module's services and the host's own, for the command line and tests; the web features get
 * {@link io.mediawire.host.web.WebServices}, which the host makes from these.
 *
 * @param components every module's services and instances by type, for the classes the host builds
 *                   (template models)
 */
public record HostServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                           ModuleSettings settings, java.util.function.BooleanSupplier repositoryUp,
                           io.mediawire.importing.ImportService imports, ComponentProvider components) {

    /** The agencies (the media-wire module offers them). */
    public SourceStore sources() {
        return components.getComponent(SourceStore.class)
                .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no sources"));
    }

    /** The agencies' feeds and their polling (the media-wire module offers them). */
    public SubscriptionService subscriptions() {
        return components.getComponent(SubscriptionService.class)
                .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no subscriptions"));
    }

    /** Revisions of stories changed at their source: offer, accept, dismiss, withdraw (the media-wire module offers them). */
    public RevisionService revisions() {
        return components.getComponent(RevisionService.class)
                .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no revisions"));
    }

    /** The re-checks of stories imported from their own page (the media-wire module offers them). */
    public PageRechecks rechecks() {
        return components.getComponent(PageRechecks.class)
                .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no re-checks"));
    }
}
