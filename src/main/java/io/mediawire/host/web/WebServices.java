package io.mediawire.host.web;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.modules.ComponentProvider;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportService;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryStore;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Handler;

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
 * @param components    the modules' services and the host's components by type (the copied pictures'
 *                      asset store, the theme's imaging, the sources and subscriptions)
 * @param answers       the public answers kept as ready bytes, for the public features' servlets
 */
public record WebServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                          ModuleSettings settings, BooleanSupplier repositoryUp, ImportService imports,
                          PublicSite site, Authenticator authenticator, UserStore users,
                          ComponentProvider components, ReadyAnswers answers) {

    /** Without module components, and public answers never kept: features that need neither (health, a test's own). */
    public WebServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                       ModuleSettings settings, BooleanSupplier repositoryUp, ImportService imports,
                       PublicSite site, Authenticator authenticator, UserStore users) {
        this(stories, definitions, sessions, settings, repositoryUp, imports, site, authenticator, users,
                new ComponentProvider() {
                    @Override
                    public <T> java.util.Optional<T> getComponent(Class<T> type) {
                        return java.util.Optional.empty();
                    }
                });
    }

    /** Public answers never kept (tests that install features by hand). */
    public WebServices(StoryStore stories, DefinitionRegistry definitions, SessionFactory sessions,
                       ModuleSettings settings, BooleanSupplier repositoryUp, ImportService imports,
                       PublicSite site, Authenticator authenticator, UserStore users, ComponentProvider components) {
        this(stories, definitions, sessions, settings, repositoryUp, imports, site, authenticator, users, components,
                ReadyAnswers.none());
    }

    /** The web features' servlets, behind what serves kept public answers before any servlet runs. */
    public Handler serving(Handler servlets) {
        return new ReadyAnswerHandler(answers, servlets);
    }
}
