package io.mediawire.host;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryStore;

/** What the host's web features are built from: the module's services and the host's own. */
public record HostServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                           ModuleSettings settings, java.util.function.BooleanSupplier repositoryUp,
                           io.mediawire.importing.ImportService imports) {
}
