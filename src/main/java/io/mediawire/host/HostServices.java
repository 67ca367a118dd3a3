package io.mediawire.host;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryStore;

/**
 * The module's services and the host's own, for the command line and tests; the web features get
 * {@link io.mediawire.host.web.WebServices}, which the host makes from these.
 */
public record HostServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                           ModuleSettings settings, java.util.function.BooleanSupplier repositoryUp,
                           io.mediawire.importing.ImportService imports, io.mediawire.sources.SourceStore sources,
                           io.mediawire.subscriptions.SubscriptionService subscriptions) {
}
