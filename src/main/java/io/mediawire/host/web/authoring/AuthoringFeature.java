package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.web.WebFeature;
import io.mediawire.host.web.WebServices;
import io.mediawire.revisions.RevisionService;
import io.mediawire.sources.SourceDirectory;
import io.mediawire.sources.SourceStore;
import io.mediawire.subscriptions.SubscriptionService;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authoring UI under {@code /.magnolia/admincentral}: sign-in, users, the Media Wire app's
 * story browser and detail form, the preview and the import dialog ({@code mediaWire/import}), the
 * Sources and Feeds apps, all behind one guard.
 */
public final class AuthoringFeature implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(AuthoringFeature.class);

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        Pages pages = new Pages();
        AuthoringContext shared = new AuthoringContext(services.stories(),
                new StoryBrowser(services.stories(), services.sessions()), new AppDefinitionReader(services.definitions()),
                pages, new StoryPresenter(services.settings().zone(),
                        services.components().getComponent(io.mediawire.images.StoryImages.class).orElse(null),
                        services.settings().clock()), services.site(),
                services.components().getComponent(RevisionService.class)
                        .orElseGet(() -> new RevisionService(services.stories())),
                new RevisionPresenter(services.settings().zone()));
        // "/x/*" also matches "/x" itself, so the guard and the fallback cover the root too.
        context.addFilter(new FilterHolder(new AdminCentralGuard(services.authenticator(), pages)), AdminPaths.ROOT + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("admincentral-fallback", new RootServlet(pages)), AdminPaths.ROOT + "/*");
        context.addServlet(new ServletHolder("admincentral-login", new LoginServlet(services.authenticator(), pages)),
                AdminPaths.LOGIN);
        context.addServlet(new ServletHolder("admincentral-logout", new LogoutServlet(services.authenticator())),
                AdminPaths.LOGOUT);
        ServletHolder list = new ServletHolder("admincentral-stories", new StoryListServlet(shared));
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP);
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP_ALIAS);
        context.addServlet(new ServletHolder("admincentral-story", new StoryServlet(shared)), AdminPaths.STORY + "*");
        context.addServlet(new ServletHolder("admincentral-users", new UsersServlet(services.users(), pages)), AdminPaths.USERS);
        context.addServlet(new ServletHolder("admincentral-preview", new PreviewServlet(shared)), AdminPaths.PREVIEW + "/*");
        ServletHolder importDialog = new ServletHolder("admincentral-import", new ImportDialogServlet(shared, services.imports()));
        importDialog.getRegistration().setMultipartConfig(new MultipartConfigElement(null,
                ImportDialogServlet.MAX_UPLOAD_BYTES, ImportDialogServlet.MAX_UPLOAD_BYTES + 64 * 1024, 256 * 1024));
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT);
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT + "/*");
        installWireApps(context, services, shared);
        context.addServlet(new ServletHolder("admincentral-static", new StaticServlet(services.definitions())),
                AdminPaths.STATIC + "/*");
        reportUnusableApp(shared);
    }

    /**
     * The Sources and Feeds apps, when the module runs its sources and subscriptions (a host built with
     * other features only, in some tests, has none); the main navigation offers them then.
     */
    private static void installWireApps(ServletContextHandler context, WebServices services, AuthoringContext shared) {
        Optional<SourceStore> sources = services.components().getComponent(SourceStore.class);
        Optional<SourceDirectory> directory = services.components().getComponent(SourceDirectory.class);
        Optional<SubscriptionService> subscriptions = services.components().getComponent(SubscriptionService.class);
        if (sources.isEmpty() || directory.isEmpty() || subscriptions.isEmpty()) {
            return;
        }
        WireApps wire = new WireApps(shared.apps(), shared.pages(), sources.get(), directory.get(), subscriptions.get(),
                services.sessions(), services.settings().zone(), services.settings().clock());
        context.addServlet(new ServletHolder("admincentral-sources", new SourcesServlet(wire)), AdminPaths.SOURCES + "/*");
        context.addServlet(new ServletHolder("admincentral-feeds", new FeedsServlet(wire)), AdminPaths.FEEDS + "/*");
        shared.pages().offerWireApps();
        for (String app : List.of(WireApps.SOURCES_APP, WireApps.FEEDS_APP)) {
            try {
                shared.apps().read(app);
            } catch (IllegalStateException e) {
                LOG.error("The app {} cannot be used: {}", app, e.getMessage());
            }
        }
    }

    /**
     * Reads the app once at start so that a definition the host refuses (an unknown {@code $type} or
     * key, say) is reported with its file and key right away, not only when someone opens the app.
     * The host still starts: the public site does not need the app.
     */
    private static void reportUnusableApp(AuthoringContext shared) {
        try {
            shared.app();
        } catch (IllegalStateException e) {
            LOG.error("The authoring app cannot be used: {}", e.getMessage());
        }
    }
}
