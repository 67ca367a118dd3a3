package io.mediawire.host.web;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportService;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryStore;
import java.util.function.BooleanSupplier;

/**
 * Everything the web features are built from, made by the host before any feature is installed.
 * What two features share (the public site the preview renders with, the authenticator the
 * authoring UI and the import API both ask) is made once here, so no feature has to be installed
 * before another.
 *
 * @param repositoryUp  whether the repository still answers, for the health check
 * @param site          the public site's renderer, also used by the authoring UI's preview
 * @param authenticator sessions and HTTP Basic sign-in, for the authoring UI and the import API
 * @param users         the authoring UI's users (the first-start admin already created)
 * @param sources       the agencies, for the editors' API
 * @param subscriptions the agencies' feeds and their polling, for the editors' API and feed health
 */
public record WebServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                          ModuleSettings settings, BooleanSupplier repositoryUp, ImportService imports,
                          PublicSite site, Authenticator authenticator, UserStore users,
                          io.mediawire.sources.SourceStore sources,
                          io.mediawire.subscriptions.SubscriptionService subscriptions) {

    /** Without sources and subscriptions: for hosts that serve no editors' wire API. */
    public WebServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                       ModuleSettings settings, BooleanSupplier repositoryUp, ImportService imports,
                       PublicSite site, Authenticator authenticator, UserStore users) {
        this(stories, definitions, sessions, settings, repositoryUp, imports, site, authenticator, users, null, null);
    }
}
